/** `org-planner rules`: the catalog, printed from the same data the app shows. */
import { RULE_CATALOG } from '@shared/rules/catalog';
import type { Command } from './args';
import { EXIT_OK, type CliIo } from './io';

export function runRules(command: Extract<Command, { kind: 'rules' }>, io: CliIo): number {
  if (command.format === 'json') {
    io.out(JSON.stringify({ rules: RULE_CATALOG }, null, 2));
    return EXIT_OK;
  }
  const idWidth = Math.max(...RULE_CATALOG.map((rule) => rule.id.length));
  for (const rule of RULE_CATALOG) {
    io.out(`${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.summary}`);
    if (rule.quote !== undefined) io.out(`${' '.repeat(idWidth + 11)}“${rule.quote}”`);
  }
  return EXIT_OK;
}
