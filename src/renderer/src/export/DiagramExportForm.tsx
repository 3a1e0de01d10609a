/**
 * The diagram export form (draw.io, Mermaid, GraphML, CSV): the format, which part of the plan, CSV's field
 * columns, Mermaid's 500-line note, and Cancel / Export. The file is written by the core's writers, as
 * `org-planner export` writes it.
 */
import { useMemo } from 'react';
import { CSV_EXPORT_COLUMNS } from '@shared/interop/csv-export';
import { DIAGRAM_LABELS, type DiagramFormat } from '@shared/interop/export-formats';
import { MERMAID_MAX_EDGES } from '@shared/interop/mermaid';
import { isPersonKind, type Plan } from '@shared/model/types';
import { closeFileDialogs } from '../files/file-dialogs';
import { ExportFormatChoice } from './ExportFormatChoice';
import { useExportDiagram } from './use-export-diagram';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Who can head a part: anyone with someone reporting to them, by name. */
function managers(plan: Plan): { id: string; label: string }[] {
  const heads = new Set(plan.edges.filter((e) => e.kind === 'reports-to').map((e) => e.target));
  return plan.nodes
    .filter((node) => heads.has(node.id))
    .map((node) => ({ id: node.id, label: node.title ? `${node.name} (${node.title})` : node.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function describePart(format: DiagramFormat, part: Plan): string {
  if (format === 'csv') {
    const people = part.nodes.filter((node) => isPersonKind(node.kind)).length;
    return `One row per person: ${count(people, 'person', 'people')}. Teams and stakeholders are not rows.`;
  }
  return `${count(part.nodes.length, 'card', 'cards')} and ${count(part.edges.length, 'line', 'lines')}.`;
}

export function DiagramExportForm({ format }: { readonly format: DiagramFormat }) {
  const { plan, part, subtree, setSubtree, fields, omitted, toggleField, busy, run } = useExportDiagram(format);
  const heads = useMemo(() => managers(plan), [plan]);
  const overMermaid = part.edges.length > MERMAID_MAX_EDGES;
  return (
    <form
      className="op-export"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <ExportFormatChoice value={format} />
      <label className="op-export__group">
        Part of the plan
        <select
          data-testid="export-subtree"
          value={subtree ?? ''}
          onChange={(event) => {
            setSubtree(event.target.value === '' ? undefined : event.target.value);
          }}
        >
          <option value="">Everyone</option>
          {heads.map((head) => (
            <option key={head.id} value={head.id}>
              {head.label} and everyone under them
            </option>
          ))}
        </select>
      </label>
      {format === 'csv' && (
        <fieldset className="op-export__group" data-testid="export-csv-fields">
          <legend>Columns</legend>
          <p className="op-export__size">{CSV_EXPORT_COLUMNS.join(', ')}, then the people’s fields:</p>
          {fields.length === 0 && <p className="op-export__size">(the people have no fields)</p>}
          {fields.map((name) => (
            <label key={name} className="op-field--check">
              <input
                type="checkbox"
                checked={!omitted.has(name)}
                onChange={(event) => {
                  toggleField(name, event.target.checked);
                }}
              />
              {name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="op-export__size" data-testid="export-scope">
        {describePart(format, part)}
      </p>
      {format === 'mermaid' && (
        <p className={overMermaid ? 'op-export__size is-reduced' : 'op-export__size'} data-testid="export-mermaid-note">
          {overMermaid
            ? `Mermaid draws at most ${MERMAID_MAX_EDGES} lines unless its maxEdges setting is raised: choose a part of the plan above.`
            : `Mermaid draws at most ${MERMAID_MAX_EDGES} lines by default.`}
        </p>
      )}
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={closeFileDialogs}>
          Cancel
        </button>
        <button type="submit" className="op-button op-button--primary" disabled={busy} data-testid="export-go">
          {busy ? 'Exporting…' : `Export ${DIAGRAM_LABELS[format]}`}
        </button>
      </div>
    </form>
  );
}
