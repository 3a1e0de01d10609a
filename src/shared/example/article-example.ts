/**
 * "Start from the article's example": a small checkout-and-payments product
 * area that tells the story of "Product Owner vs Product Manager". A CPO, two
 * PMs who own the vision and the external relationships, four POs who each
 * own one Scrum team's backlog and deal with internal stakeholders.
 *
 * It is deliberately not perfect, so a first-time user sees the checks at work.
 * Exactly two mistakes, each teaching one sentence of the article:
 * - Lena (PO, Cart) deals directly with the key customer Northwind Retail:
 *   `po-internal-stakeholders-only` ("Product Managers are responsible for
 *   dealing with external stakeholders, whereas Product Owners ... internal").
 * - The Refunds team, split out of Wallets, has no PO owning its backlog:
 *   `team-has-one-po`.
 * Everything else is clean against rules.md, apart from three notes (info)
 * of team-has-developers: the Cart, Delivery and Cards teams show only their
 * PO, as the example draws the product roles, not the developers. Drawing
 * them would add three cards and lines across the chart, and the notes are
 * true and point at the article's "development team" sentence.
 */
import { layoutPlan } from '../layout/tree-layout';
import { emptyPlan, type EdgeKind, type Plan, type PlanEdge, type PlanNode } from '../model/types';

export const ARTICLE_EXAMPLE_NAME = 'Article example: Checkout & Payments';

const NODES: readonly PlanNode[] = [
  { id: 'cpo', kind: 'person', name: 'Maria Fernandes', title: 'Chief Product Officer', level: 9 },
  { id: 'pm-checkout', kind: 'pm', name: 'Daniel Okafor', title: 'Senior Product Manager, Checkout', level: 7 },
  { id: 'pm-payments', kind: 'pm', name: 'Priya Raman', title: 'Product Manager, Payments', level: 6 },
  { id: 'po-cart', kind: 'po', name: 'Lena Schmidt', title: 'Product Owner, Cart', level: 5 },
  { id: 'po-delivery', kind: 'po', name: 'Tomás Silva', title: 'Product Owner, Delivery Options', level: 4 },
  { id: 'po-cards', kind: 'po', name: 'Aisha Khan', title: 'Product Owner, Card Payments', level: 5 },
  { id: 'po-wallets', kind: 'po', name: 'Jonas Berg', title: 'Product Owner, Wallets', level: 4 },
  { id: 'scrum-master', kind: 'person', name: 'Sofia Rossi', title: 'Scrum Master', level: 5 },
  { id: 'team-cart', kind: 'team', name: 'Cart team' },
  { id: 'team-delivery', kind: 'team', name: 'Delivery team' },
  { id: 'team-cards', kind: 'team', name: 'Cards team' },
  { id: 'team-wallets', kind: 'team', name: 'Wallets team' },
  {
    id: 'team-refunds',
    kind: 'team',
    name: 'Refunds team',
    notes: 'Split out of Wallets last quarter; nobody owns its backlog yet.',
  },
  { id: 'sh-sales', kind: 'stakeholder', name: 'Sales', scope: 'internal' },
  { id: 'sh-support', kind: 'stakeholder', name: 'Customer Support', scope: 'internal' },
  { id: 'sh-legal', kind: 'stakeholder', name: 'Legal & Compliance', scope: 'internal' },
  { id: 'sh-finance', kind: 'stakeholder', name: 'Finance', scope: 'internal' },
  { id: 'sh-northwind', kind: 'stakeholder', name: 'Northwind Retail (key customer)', scope: 'external' },
  { id: 'sh-acme-pay', kind: 'stakeholder', name: 'Acme Pay (payment partner)', scope: 'external' },
];

/** [kind, source, target]; edge ids are derived so they read well in a diff. */
const LINKS: readonly (readonly [EdgeKind, string, string])[] = [
  ['reports-to', 'pm-checkout', 'cpo'],
  ['reports-to', 'pm-payments', 'cpo'],
  ['reports-to', 'scrum-master', 'cpo'],
  ['reports-to', 'po-cart', 'pm-checkout'],
  ['reports-to', 'po-delivery', 'pm-checkout'],
  ['reports-to', 'po-cards', 'pm-payments'],
  ['reports-to', 'po-wallets', 'pm-payments'],
  ['member-of', 'po-cart', 'team-cart'],
  ['member-of', 'po-delivery', 'team-delivery'],
  ['member-of', 'po-cards', 'team-cards'],
  ['member-of', 'po-wallets', 'team-wallets'],
  ['member-of', 'scrum-master', 'team-wallets'],
  ['member-of', 'scrum-master', 'team-refunds'],
  // PMs face outwards: the key customer and the payment partner.
  ['engages', 'pm-checkout', 'sh-northwind'],
  ['engages', 'pm-payments', 'sh-acme-pay'],
  ['engages', 'pm-payments', 'sh-legal'],
  // POs work with the internal side of the company.
  ['engages', 'po-cart', 'sh-sales'],
  ['engages', 'po-delivery', 'sh-support'],
  ['engages', 'po-cards', 'sh-legal'],
  ['engages', 'po-wallets', 'sh-finance'],
  ['engages', 'po-wallets', 'sh-support'],
  // The deliberate mistake: a PO dealing with an external stakeholder.
  ['engages', 'po-cart', 'sh-northwind'],
];

export function articleExamplePlan(): Plan {
  const edges: PlanEdge[] = LINKS.map(([kind, source, target]) => ({
    id: `${kind}:${source}:${target}`,
    kind,
    source,
    target,
  }));
  return layoutPlan({ ...emptyPlan(ARTICLE_EXAMPLE_NAME), nodes: [...NODES], edges });
}
