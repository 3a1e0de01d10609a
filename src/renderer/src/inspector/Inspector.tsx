/** The right-hand inspector: says what is selected and edits it. */
import { useEditor, useSingleSelectedEdge, useSingleSelectedNode } from '../store/hooks';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { PlanInspector } from './PlanInspector';
import { SelectionSummary } from './SelectionSummary';

export function Inspector() {
  const node = useSingleSelectedNode();
  const edge = useSingleSelectedEdge();
  const empty = useEditor((s) => s.selection.nodes.size === 0 && s.selection.edges.size === 0);
  let body;
  // Keyed by id: switching to another node starts its fields afresh.
  if (node !== undefined) body = <NodeInspector key={node.id} node={node} />;
  else if (edge !== undefined) body = <EdgeInspector key={edge.id} edge={edge} />;
  else if (empty) body = <PlanInspector />;
  else body = <SelectionSummary />;
  return (
    <aside className="op-inspector" data-region="inspector" aria-label="Inspector">
      <h2 className="op-panel-title">Inspector</h2>
      {body}
    </aside>
  );
}
