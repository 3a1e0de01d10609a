/**
 * pm-not-under-po: no PM has a PO anywhere above it in the reports-to chain.
 * One breadth-first search from all POs at once, walking down the reporting
 * lines level by level, finds for every node its nearest PO above in linear
 * time (a per-PM walk upwards would be quadratic on long chains).
 */
import type { RuleCheck } from '../context';
import { nodeLabel, subjectLabel } from '../labels';
import type { GraphIndex } from '../../graph';

/** Whether reaching a node through (po, edge) beats (bestPo, bestEdge): smaller PO id, then smaller edge id. */
function isBetter(index: GraphIndex, po: number, edge: number, bestPo: number, bestEdge: number): boolean {
  const a = index.node(po).id;
  const b = index.node(bestPo).id;
  if (a !== b) return a < b;
  return index.edge(edge).id < index.edge(bestEdge).id;
}

export const checkPmNotUnderPo: RuleCheck = ({ index }, emit) => {
  const n = index.nodeCount;
  const depth = new Int32Array(n).fill(-1);
  const nearestPo = new Int32Array(n).fill(-1);
  const viaEdge = new Int32Array(n).fill(-1);
  const reports = index.into('reports-to');
  let frontier: number[] = [];
  for (const i of index.nodesOf('po')) {
    depth[i] = 0;
    nearestPo[i] = i;
    frontier.push(i);
  }
  // Level by level, so every node of a level has its final PO before the next level is built:
  // ties between equally near POs are then settled by id, not by the order of the file.
  for (let level = 1; frontier.length > 0; level++) {
    const next: number[] = [];
    for (const manager of frontier) {
      const po = nearestPo[manager] ?? -1;
      for (let k = 0, count = reports.count(manager); k < count; k++) {
        const e = reports.at(manager, k);
        const report = reports.farEnd(manager, k);
        const seen = depth[report] ?? -1;
        if (seen === -1) {
          depth[report] = level;
          nearestPo[report] = po;
          viaEdge[report] = e;
          next.push(report);
        } else if (seen === level && isBetter(index, po, e, nearestPo[report] ?? -1, viaEdge[report] ?? -1)) {
          nearestPo[report] = po;
          viaEdge[report] = e;
        }
      }
    }
    frontier = next;
  }
  for (const i of index.nodesOf('pm')) {
    const levels = depth[i] ?? -1;
    if (levels <= 0) continue;
    const pm = index.node(i);
    const po = index.node(nearestPo[i] ?? -1);
    const edge = index.edge(viaEdge[i] ?? -1);
    const pmLabel = subjectLabel(pm);
    const message =
      levels === 1
        ? `${pmLabel} reports to ${nodeLabel(po)}`
        : `${pmLabel} is under ${nodeLabel(po)}, ${levels} levels up`;
    emit([pm.id, po.id], [edge.id], message);
  }
};
