/** The inspector for one node: its kind, fields and relationships, and what can be done with it. */
import { isPersonKind, type PlanNode } from '@shared/model/types';
import { selectSubtreeAction } from '../actions/selection';
import { titleFor } from '../commands/platform-keys';
import { useDispatch } from '../store/hooks';
import { Icon } from '../ui/icons';
import { CommandButton } from './CommandButton';
import { NodeDetails } from './NodeDetails';
import { NodeHeader } from './NodeHeader';
import { NodeRelations } from './NodeRelations';
import { RoleInArticle } from './RoleInArticle';

export function NodeInspector({ node }: { node: PlanNode }) {
  const dispatch = useDispatch();
  return (
    <div className="op-inspector__body">
      <NodeHeader node={node} />
      <NodeDetails node={node} />
      {isPersonKind(node.kind) && <NodeRelations node={node} />}
      <RoleInArticle kind={node.kind} />
      <div className="op-inspector__actions">
        <button
          type="button"
          className="op-button"
          title={titleFor('selectSubtree')}
          onClick={() => {
            // This node's subtree, whatever else is selected (the catalog command takes the selection's first node).
            dispatch(selectSubtreeAction, node.id);
          }}
        >
          <Icon name="subtree" /> Select subtree
        </button>
        <CommandButton command="duplicate" icon="copy">
          Duplicate
        </CommandButton>
        <CommandButton command="delete" icon="trash" danger>
          Delete
        </CommandButton>
      </div>
    </div>
  );
}
