/**
 * A person's lines in the inspector, each made and removed by name so the
 * keyboard alone can draw the whole chart: "Reports to" (one solid manager),
 * "Dotted line to", "Member of" and "Engages" (any number), and how many
 * report to them. Picking runs the same checks as a drag; a refusal is said
 * in a notice.
 */
import { useMemo } from 'react';
import { describeNode, directReports, linesFrom, type LineEnd } from '@shared/edit';
import { isPersonKind, type EdgeKind, type PlanNode } from '@shared/model/types';
import { addLineAction, removeLineAction } from '../actions/lines';
import { useCommands } from '../commands/context';
import { useDispatch, useEditor } from '../store/hooks';
import { Icon } from '../ui/icons';
import { Section } from './fields';
import { NodePicker } from './NodePicker';
import './relations.css';

interface LineField {
  readonly kind: EdgeKind;
  readonly label: string;
  readonly placeholder: string;
  readonly fits: (node: PlanNode) => boolean;
  /** "Remove the line to …": what the remove button says. */
  readonly removeVerb: string;
}

const FIELDS: readonly LineField[] = [
  {
    kind: 'reports-to',
    label: 'Reports to',
    placeholder: 'Search people…',
    fits: (n) => isPersonKind(n.kind),
    removeVerb: 'Stop reporting to',
  },
  {
    kind: 'dotted-line',
    label: 'Dotted line to',
    placeholder: 'Search people…',
    fits: (n) => isPersonKind(n.kind),
    removeVerb: 'Remove the dotted line to',
  },
  {
    kind: 'member-of',
    label: 'Member of',
    placeholder: 'Search teams…',
    fits: (n) => n.kind === 'team',
    removeVerb: 'Leave',
  },
  {
    kind: 'engages',
    label: 'Engages',
    placeholder: 'Search stakeholders…',
    fits: (n) => n.kind === 'stakeholder',
    removeVerb: 'Stop engaging',
  },
];

function LineList({ lines, verb, field }: { lines: readonly LineEnd[]; verb: string; field: string }) {
  const commands = useCommands();
  const dispatch = useDispatch();
  if (lines.length === 0) return <p className="op-relation op-lines__none">{`${field}: nobody yet`}</p>;
  return (
    <ul className="op-lines" aria-label={field}>
      {lines.map(({ edge, node }) => (
        <li key={edge.id} className="op-lines__item">
          <button
            type="button"
            className="op-link"
            onClick={() => {
              commands.goToNode(node.id);
            }}
          >
            {describeNode(node)}
          </button>
          <button
            type="button"
            className="op-icon-button"
            aria-label={`${verb} ${describeNode(node)}`}
            title={`${verb} ${describeNode(node)}`}
            onClick={() => {
              dispatch(removeLineAction, edge.id);
            }}
          >
            <Icon name="close" size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}

function LineFieldView({ node, field }: { node: PlanNode; field: LineField }) {
  const dispatch = useDispatch();
  const plan = useEditor((s) => s.plan);
  const lines = useMemo(() => linesFrom(plan, node.id, field.kind), [plan, node.id, field.kind]);
  const candidates = useMemo(() => {
    const taken = new Set(lines.map((line) => line.node.id));
    return plan.nodes.filter((n) => n.id !== node.id && !taken.has(n.id) && field.fits(n));
  }, [plan, lines, node.id, field]);
  return (
    <div className="op-line-field" data-testid={`lines-${field.kind}`}>
      <LineList lines={lines} verb={field.removeVerb} field={field.label} />
      <NodePicker
        label={field.kind === 'reports-to' && lines.length > 0 ? 'Change manager' : field.label}
        placeholder={field.placeholder}
        candidates={candidates}
        testId={`pick-${field.kind}`}
        onPick={(target) => {
          dispatch(addLineAction, { kind: field.kind, source: node.id, target });
        }}
      />
    </div>
  );
}

export function NodeRelations({ node }: { node: PlanNode }) {
  const reportCount = useEditor((s) => directReports(s.plan, node.id).length);
  return (
    <Section title="Lines">
      {FIELDS.map((field) => (
        <LineFieldView key={field.kind} node={node} field={field} />
      ))}
      <p className="op-relation">Direct reports: {reportCount}</p>
    </Section>
  );
}
