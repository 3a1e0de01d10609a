/**
 * Vitest 5 targets Node 22 and calls `Map.groupBy` (Node 21+) when it prints
 * failures; on this project's Node 20 machines the reporter would crash and
 * hide the failure. Imported by the vitest configs, i.e. in vitest's own process.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value: function groupBy(items, keyOf) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
