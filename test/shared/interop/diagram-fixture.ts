/** A plan with every node and line kind, a vacancy, a node without a position and names that need escaping. */
import { emptyPlan, type Plan } from '@shared/model/types';

export const HOSTILE_NAME = 'Zoë "Z" <b>&\'#1`\nsecond line';

export function diagramFixture(): Plan {
  return {
    ...emptyPlan('Checkout & <Payments>'),
    nodes: [
      { id: 'cpo', kind: 'person', name: 'Maria Chen', title: 'CPO', position: { x: 400, y: 0 } },
      { id: 'pm 1', kind: 'pm', name: HOSTILE_NAME, title: 'Senior PM', position: { x: 100, y: 200 } },
      { id: 'po"1', kind: 'po', name: 'Sam', vacant: true, position: { x: 100, y: 400 } },
      { id: 'team', kind: 'team', name: 'Payments', position: { x: 400, y: 400 } },
      { id: 'acme', kind: 'stakeholder', name: 'Acme', scope: 'external' },
    ],
    edges: [
      { id: 'e1', kind: 'reports-to', source: 'pm 1', target: 'cpo' },
      { id: 'e2', kind: 'reports-to', source: 'po"1', target: 'pm 1' },
      { id: 'e3', kind: 'dotted-line', source: 'po"1', target: 'cpo' },
      { id: 'e4', kind: 'member-of', source: 'po"1', target: 'team' },
      { id: 'e5', kind: 'engages', source: 'pm 1', target: 'acme' },
      { id: 'broken', kind: 'reports-to', source: 'cpo', target: 'nobody' },
    ],
  };
}
