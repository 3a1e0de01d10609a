/**
 * The rule catalog as data (rules.md, version 1): the UI's rule panel, the
 * CLI's `rules` command and the checks all read it from here, so an id, a
 * severity or a quote is written once.
 */
import type { Severity } from '../model/types';

export type RuleId =
  | 'po-reports-to-pm'
  | 'pm-not-under-po'
  | 'po-internal-stakeholders-only'
  | 'external-stakeholder-has-pm'
  | 'internal-stakeholder-has-po'
  | 'po-in-team'
  | 'team-has-one-po'
  | 'team-has-developers'
  | 'roles-held-by-different-people'
  | 'pm-outranks-po'
  | 'pm-has-po'
  | 'edge-endpoints'
  | 'duplicate-line'
  | 'no-reporting-cycles'
  | 'single-manager'
  | 'stakeholder-engaged'
  | 'span-of-control'
  | 'unknown-rule'
  | 'stale-waiver';

export interface RuleOptionInfo {
  name: string;
  description: string;
  default: number;
}

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  /** `article`: from a passage of the source document; `structure`: a plain org-design invariant. */
  origin: 'article' | 'structure';
  summary: string;
  /**
   * Article rules only: the passage(s) of the source document the rule comes
   * from (sentences, or cells of its comparison table), verbatim. Several passages are joined by
   * QUOTE_SEPARATOR; "..." marks a passage cut mid-sentence.
   */
  quote?: string;
  /** Set when the quote is cells of the article's comparison table rather than sentences of its text. */
  quoteFrom?: 'table';
  /**
   * Where the article says something else about the rule's subject: the other
   * passages, verbatim, and how the rule settles the tension (and why its
   * default severity is what it is). Shown in docs/rules.md and the app.
   */
  tension?: RuleTension;
  /** A concrete action in the editor that makes the violation go away. */
  fixHint: string;
  options?: readonly RuleOptionInfo[];
}

export interface RuleTension {
  /** Sentences of the article that pull the other way, verbatim. */
  readonly passages: readonly string[];
  /** How the rule reads the article despite them, and what a plan that follows them can do. */
  readonly note: string;
}

export const QUOTE_SEPARATOR = ' / ';

const STAKEHOLDER_SENTENCE =
  'Product Managers are responsible for dealing with external stakeholders, whereas Product Owners are responsible for dealing with internal stakeholders.';

/** The article's other stakeholder passages (issue 12, item 7). */
const OTHER_STAKEHOLDER_PASSAGES = [
  'The Product Owner is the primary contact of all the stakeholders for smooth delivery and product execution.',
  'The PM is in direct contact with the stakeholders whereas the POs are not.',
] as const;

export const RULE_CATALOG: readonly RuleInfo[] = [
  {
    id: 'po-reports-to-pm',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every Product Owner reports to a Product Manager, who is someone else.',
    quote: 'Yes, Product Owners usually report to the Product Managers.',
    fixHint:
      'Draw a reports-to line from the PO to their Product Manager, or change the kind of their current manager to PM if that is their role.',
  },
  {
    id: 'pm-not-under-po',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'No Product Manager sits below a Product Owner in the reporting chain, directly or indirectly.',
    quote: 'Yes, the Product Manager is more senior than the Product Owner in a traditional hierarchy.',
    fixHint:
      'Reverse the reporting line so the PO reports to the PM, or move the PM under another Product Manager or a manager who is not a PO.',
  },
  {
    id: 'po-internal-stakeholders-only',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'Product Owners engage internal stakeholders only; external stakeholders are the Product Manager’s.',
    quote: STAKEHOLDER_SENTENCE,
    tension: {
      passages: OTHER_STAKEHOLDER_PASSAGES,
      note: 'The article is not consistent about stakeholders: one passage makes the PO the contact of all of them, another keeps POs out of direct contact with any. This rule follows the sentence above, the article’s own summary, which its comparison table repeats (external stakeholders for the PM, internal teams for the PO) and which the second passage only makes stricter; it is what this product’s users asked for. Its default severity stays error for that reason, and because lowering a default would silently change what `org-planner check` exits with on plans that rely on it. A plan that follows the first passage can set this rule to warning (Rules view, or its `rules` settings) or waive a PO’s line with the reason.',
    },
    fixHint:
      'Move the engages line from the PO to a Product Manager, or set the stakeholder’s scope to internal if it is part of the company.',
  },
  {
    id: 'external-stakeholder-has-pm',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every external stakeholder is engaged by at least one Product Manager.',
    quote: STAKEHOLDER_SENTENCE,
    fixHint: 'Draw an engages line from a Product Manager to the stakeholder.',
  },
  {
    id: 'internal-stakeholder-has-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary:
      'Every internal stakeholder is engaged by at least one Product Owner (a Product Manager may engage them too).',
    quote: STAKEHOLDER_SENTENCE,
    tension: {
      passages: OTHER_STAKEHOLDER_PASSAGES,
      note: 'The second passage says POs are not in direct contact with stakeholders at all, against the summary sentence above. This rule follows the summary, and so its default severity is warning, not error: a plan whose PMs deal with every stakeholder directly can switch it off.',
    },
    fixHint:
      'Draw an engages line from the Product Owner who deals with the stakeholder, or set the stakeholder’s scope to external if it is outside the company.',
  },
  {
    id: 'po-in-team',
    defaultSeverity: 'error',
    origin: 'article',
    summary: 'Every Product Owner is a member of a Scrum team.',
    quote: 'A product owner is an important part of the Scrum Team...',
    fixHint: 'Draw a member-of line from the PO to their team (add a team node first if there is none).',
  },
  {
    id: 'team-has-one-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'Every team has exactly one Product Owner, who owns its backlog (two PO nodes of one person count once).',
    quote:
      'He is responsible for maintaining and optimizing the product backlog.' +
      QUOTE_SEPARATOR +
      'Product Owner is the role played by an individual in a scrum team to write stories and prioritize backlogs.',
    fixHint:
      'Give the team exactly one PO: draw a member-of line from a PO (a vacant PO role counts) to the team, or delete the member-of lines of the extra POs.',
  },
  {
    id: 'team-has-developers',
    defaultSeverity: 'info',
    origin: 'article',
    summary:
      'Every team has a member besides its Product Owner: a person who is neither a PM nor a PO (a vacant role counts), the development team the PO works with.',
    quote:
      'This means collaborating closely with the development team to ensure all the requirements are well-defined and executed on time.',
    fixHint: 'Draw a member-of line from a developer (a person node) to the team, or add an open developer role to it.',
  },
  {
    id: 'roles-held-by-different-people',
    defaultSeverity: 'warning',
    origin: 'article',
    summary: 'The Product Manager and the Product Owner roles are held by different people.',
    quote:
      'A single person can work for both roles if the company decides to but ideally, the roles are different and must be carried by two different individuals.',
    fixHint:
      'Give one of the roles to someone else: rename the PM or PO node, or mark it vacant until it is filled. If the company chose to combine the roles, add a waiver with the reason.',
  },
  {
    id: 'pm-outranks-po',
    defaultSeverity: 'warning',
    origin: 'article',
    summary:
      'A Product Manager has a higher level than the Product Owners below them: each PO is compared with the nearest PM above them in the reporting chain (directly or through other managers), when both have a level.',
    quote:
      '...the Product Manager is more senior than the Product Owner...' +
      QUOTE_SEPARATOR +
      "Product Owner's salary is usually less than the Product Manager's...",
    fixHint:
      'Raise the PM’s level or lower the PO’s level in the node properties, or have the PO report to a more senior PM.',
  },
  {
    id: 'pm-has-po',
    defaultSeverity: 'info',
    origin: 'article',
    summary:
      'Every Product Manager has at least one Product Owner reporting directly to them: in the article’s table the PO turns the PM’s vision into a backlog.',
    quote:
      'Converting the product vision into an actionable backlog' +
      QUOTE_SEPARATOR +
      'Contributes to the vision of the PM.',
    quoteFrom: 'table',
    fixHint: 'Draw a reports-to line from a PO to the PM, or add a vacant PO role that reports to them.',
  },
  {
    id: 'edge-endpoints',
    defaultSeverity: 'error',
    origin: 'structure',
    summary:
      'Lines join the right kinds of nodes: reports-to and dotted-line from a person to a person, member-of from a person to a team, engages from a person to a stakeholder; no line joins a node to itself.',
    fixHint: 'Delete the line, or redraw it between nodes of the right kinds (or change the kind of one of its nodes).',
  },
  {
    id: 'duplicate-line',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary:
      'No two lines of the same kind join the same two nodes in the same direction: a relationship is drawn once, and counts once.',
    fixHint: 'Delete the extra lines (the quick fix keeps the first one drawn).',
  },
  {
    id: 'no-reporting-cycles',
    defaultSeverity: 'error',
    origin: 'structure',
    summary: 'Reports-to lines form no cycle: following managers upward always ends at someone who reports to nobody.',
    fixHint:
      'Delete or redirect one reports-to line of the cycle, so that someone in it reports outside it or to nobody.',
  },
  {
    id: 'single-manager',
    defaultSeverity: 'error',
    origin: 'structure',
    summary:
      'Each person has at most one solid-line manager (managers are counted once each: two lines to the same manager are a duplicate-line).',
    fixHint: 'Keep one reports-to line and turn the others into dotted lines.',
  },
  {
    id: 'stakeholder-engaged',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary: 'Every stakeholder is engaged by a person (an engages line from a team does not count).',
    fixHint: 'Draw an engages line from the person who deals with the stakeholder, or delete the stakeholder.',
  },
  {
    id: 'span-of-control',
    defaultSeverity: 'warning',
    origin: 'structure',
    summary: 'No one has more direct reports than the span-of-control maximum (8 unless the plan says otherwise).',
    fixHint:
      'Move some of the direct reports under a new or an existing lead, or raise "max" in the plan’s settings for this rule.',
    options: [{ name: 'max', description: 'The most direct reports one person may have.', default: 8 }],
  },
  {
    id: 'unknown-rule',
    defaultSeverity: 'info',
    origin: 'structure',
    summary: 'Rule settings and waivers name only rules this version of Org Planner knows.',
    fixHint:
      'Correct the rule id’s spelling, or remove the setting or waiver (it may come from a newer version of Org Planner).',
  },
  {
    id: 'stale-waiver',
    defaultSeverity: 'info',
    origin: 'structure',
    summary: 'Every waiver names an existing node and still accepts a problem.',
    fixHint: 'Remove the waiver: the node or the problem it accepted is gone.',
  },
];

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULE_CATALOG.map((rule) => [rule.id, rule]));

export function findRule(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The two rules about the plan's own settings: they can be configured but never waived. */
export const UNWAIVABLE_RULES: ReadonlySet<string> = new Set<RuleId>(['unknown-rule', 'stale-waiver']);
