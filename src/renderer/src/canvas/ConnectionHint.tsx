/**
 * While a connection is dragged, a label beside the pointer says what it
 * will mean ("Lena Schmidt (PO) reports to Daniel Okafor (PM)", and when
 * their roles set that direction, which rule did) or why the
 * node under the pointer refuses it, and which rule problems dropping it
 * would add (dropping still works: the user decides).
 */
import { useMemo } from 'react';
import { useConnection, useStore } from '@xyflow/react';
import { checkConnection } from '@shared/edit';
import { newViolationsIfConnected } from '@shared/fixes';
import { SeverityIcon } from '../problems/SeverityIcon';
import { planViolations } from '../problems/violations';
import { useEditor } from '../store/hooks';
import { cx } from '../ui/cx';
import { sideOfHandle } from './handlers';

interface Drag {
  readonly from: string;
  readonly handle: string | null;
  readonly to: string | null;
  readonly x: number;
  readonly y: number;
}

export function ConnectionHint() {
  const drag = useConnection((c): Drag | null =>
    c.inProgress
      ? {
          from: c.fromNode.id,
          handle: c.fromHandle.id ?? null,
          to: c.toNode?.id ?? null,
          x: c.pointer.x,
          y: c.pointer.y,
        }
      : null,
  );
  const width = useStore((s) => s.width);
  const plan = useEditor((s) => s.plan);
  const from = drag?.from;
  const to = drag?.to;
  const handle = drag?.handle ?? null;
  // Checked once per target under the pointer, not per pointer move.
  const added = useMemo(
    () =>
      from === undefined || to === undefined || to === null || to === from
        ? []
        : newViolationsIfConnected(plan, planViolations(plan), from, to, sideOfHandle(handle)),
    [plan, from, to, handle],
  );
  if (drag === null) return null;
  let text = 'Drop on a person, a team or a stakeholder';
  let tone: 'neutral' | 'ok' | 'bad' = 'neutral';
  let because: string | undefined;
  if (drag.to !== null && drag.to !== drag.from) {
    const check = checkConnection(plan, drag.from, drag.to, sideOfHandle(drag.handle));
    text = check.ok ? check.message : check.reason;
    tone = check.ok ? 'ok' : 'bad';
    because = check.ok ? check.directionBecause : undefined;
  }
  const flip = drag.x > width - 320;
  return (
    <div
      className={cx(
        'op-connection-hint',
        `is-${tone}`,
        tone === 'ok' && added[0] !== undefined && `breaks-rule is-${added[0].severity}`,
      )}
      // Not announced on every pointer move; a refusal is announced by its notice.
      aria-hidden="true"
      style={{ left: drag.x + (flip ? -16 : 16), top: drag.y + 16, transform: flip ? 'translateX(-100%)' : undefined }}
    >
      {text}
      {because !== undefined && (
        <div className="op-connection-hint__direction" data-testid="connect-direction">
          ↑ Direction from their roles: {because}, whichever dot you drag from.
        </div>
      )}
      {tone === 'ok' && added.length > 0 && (
        <div className="op-connection-hint__problems">
          <div className="op-connection-hint__lead">Allowed, but it breaks a rule:</div>
          {added.map((v) => (
            <div key={`${v.ruleId}|${v.message}`} className="op-connection-hint__problem" data-testid="connect-warning">
              <SeverityIcon severity={v.severity} />
              <span>
                {v.message} <code>{v.ruleId}</code>
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
