/** A person's reporting line in the inspector: their manager (a link to them) and how many report to them. */
import { describeNode, directReports, indexPlan, managerOf } from '@shared/edit';
import type { PlanNode } from '@shared/model/types';
import { useCommands } from '../commands/context';
import { useEditor } from '../store/hooks';
import { Section } from './fields';

export function NodeRelations({ node }: { node: PlanNode }) {
  const commands = useCommands();
  const managerNode = useEditor((s) => {
    const managerId = managerOf(s.plan, node.id);
    return managerId === undefined ? undefined : indexPlan(s.plan).nodeById.get(managerId);
  });
  const reportCount = useEditor((s) => directReports(s.plan, node.id).length);
  return (
    <Section title="Reporting">
      <p className="op-relation">
        Reports to:{' '}
        {managerNode === undefined ? (
          <em>nobody</em>
        ) : (
          <button
            type="button"
            className="op-link"
            onClick={() => {
              commands.goToNode(managerNode.id);
            }}
          >
            {describeNode(managerNode)}
          </button>
        )}
      </p>
      <p className="op-relation">Direct reports: {reportCount}</p>
    </Section>
  );
}
