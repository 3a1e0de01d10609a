/** The node inspector's head: the card's icon, its kind (and open role) and its name. */
import { describeNode } from '@shared/edit';
import type { NodeKind, PlanNode } from '@shared/model/types';
import { Icon, type IconName } from '../ui/icons';

const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  pm: 'Product Manager',
  po: 'Product Owner',
  person: 'Person',
  team: 'Scrum team',
  stakeholder: 'Stakeholder',
};

function iconOf(node: PlanNode): IconName {
  if (node.kind === 'stakeholder') return node.scope === 'external' ? 'external' : 'internal';
  return node.kind;
}

export function NodeHeader({ node }: { node: PlanNode }) {
  return (
    <header className={`op-inspector__head op-tone--${iconOf(node)}`}>
      <span className="op-inspector__icon">
        <Icon name={iconOf(node)} size={18} />
      </span>
      <div>
        <div className="op-inspector__kind">
          {node.kind === 'stakeholder'
            ? `${node.scope === 'external' ? 'External' : 'Internal'} stakeholder`
            : KIND_NAMES[node.kind]}
          {node.vacant === true && ' · open role'}
        </div>
        <div className="op-inspector__name">{describeNode(node)}</div>
      </div>
    </header>
  );
}
