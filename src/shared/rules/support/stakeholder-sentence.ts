/** The article's stakeholder passages, shared by the three stakeholder rules. */

export const STAKEHOLDER_SENTENCE =
  'Product Managers are responsible for dealing with external stakeholders, whereas Product Owners are responsible for dealing with internal stakeholders.';

/** The article's other stakeholder passages (issue 12, item 7): where it pulls the other way. */
export const OTHER_STAKEHOLDER_PASSAGES: readonly string[] = [
  'The Product Owner is the primary contact of all the stakeholders for smooth delivery and product execution.',
  'The PM is in direct contact with the stakeholders whereas the POs are not.',
];
