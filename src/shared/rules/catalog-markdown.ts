/**
 * docs/rules.md, rendered from the catalog (the rule modules' metadata) so the documentation can never
 * drift from what the app and the CLI check (a test compares the two).
 */
import { QUOTE_SEPARATOR, RULE_CATALOG, type RuleInfo } from './catalog';

const INTRO = `# Rules

Org Planner checks a plan against the principles of the article "Product Owner vs Product Manager" and a few
plain org-design invariants. Every rule has a stable id (used in files, the CLI, the app and tests), a default
severity, a summary, the passage of the article it comes from (for article rules: a sentence, or cells of the
article's comparison table, quoted as the table gives them), where the article says otherwise the passages that do
(its **tension**), and a fix hint. This page is generated from the rule modules (one per rule,
\`src/shared/rules/<rule-id>.ts\`, listed in \`src/shared/rules/all-rules.ts\`); \`org-planner rules\` prints the
same data.

## Words used below

- A **person** is a node of kind \`pm\`, \`po\` or \`person\`. A person's **manager** is the target of their
  \`reports-to\` line. Only \`reports-to\` lines make the hierarchy: \`dotted-line\` lines never count as a manager,
  a direct report, a cycle or a span of control.
- A **vacant** PM, PO or person counts as that role for every rule (a team whose only PO is vacant has its PO),
  and is never matched as "the same person" as anyone else.
- Two nodes are **the same person** when their names are equal after trimming, collapsing inner white space and
  ignoring case; empty names never match (\`src/shared/model/same-person.ts\`, the one definition). A rule about
  two roles needs two people: a PO whose only PM is a PM node of the same person has no Product Manager
  (\`po-reports-to-pm\`) and that PM has no Product Owner (\`pm-has-po\`); two PO nodes of one person in a team are
  one Product Owner (\`team-has-one-po\`); PM and PO nodes of one person are \`roles-held-by-different-people\`.
- A line between the wrong kinds of nodes (\`edge-endpoints\`) never satisfies another rule: an \`engages\` line
  from a team engages nobody.

## Results

Each violation names the nodes (most relevant first) and lines it is about, and a message that names people by
name, e.g. \`Sam (PO) reports to nobody\`. A \`stale-waiver\` violation also names its waiver as data:
\`"waiver": { "ruleId": ..., "nodeId": ... }\` (its node may be gone). Results are sorted by severity (error, warning, info), then rule id,
then first node id, and the same plan always gives the same list, whatever the order of its nodes and lines.
Checking never fails on a plan that loaded, and its cost grows linearly with nodes + lines.

## Settings and waivers

A plan's \`rules\` object can switch a rule off (\`"enabled": false\`), change its severity, or set its options:

\`\`\`json
"rules": { "span-of-control": { "severity": "error", "max": 6 }, "pm-has-po": { "enabled": false } }
\`\`\`

A **waiver** accepts one rule's violation about one node, with a reason:
\`{ "ruleId": "roles-held-by-different-people", "nodeId": "pm-2", "reason": "Combined until Q3 hiring" }\`.
The violation whose first node is that node is then marked waived (for \`roles-held-by-different-people\`, whose
nodes are one person's PM nodes then PO nodes, a waiver on any of them): it is still listed (greyed in the app,
with \`--show-waived\` in the CLI) but never counts in totals or exit codes. A waiver that names a missing node or no
longer matches any violation is reported as \`stale-waiver\`; rule ids that this version does not know, in settings
or waivers, are reported once each as \`unknown-rule\`. Those two rules can be configured but not waived.
`;

function quoteBlock(quote: string): string {
  return quote
    .split(QUOTE_SEPARATOR)
    .map((passage) => `> ${passage}`)
    .join('\n>\n');
}

function ruleSection(rule: RuleInfo): string {
  const lines = [`### \`${rule.id}\` (${rule.defaultSeverity})`, '', rule.summary, ''];
  if (rule.quote !== undefined) {
    const from = rule.quoteFrom === 'table' ? 'From the article’s comparison table:' : 'From the article:';
    lines.push(from, '', quoteBlock(rule.quote), '');
  }
  if (rule.tension !== undefined) {
    const passages = rule.tension.passages.map((passage) => `> ${passage}`).join('\n>\n');
    lines.push('The article also says:', '', passages, '', `**Tension.** ${rule.tension.note}`, '');
  }
  for (const option of rule.options ?? []) {
    lines.push(`Option \`${option.name}\` (default ${option.default}): ${option.description}`, '');
  }
  lines.push(`Fix: ${rule.fixHint}`, '');
  return lines.join('\n');
}

export function renderRulesMarkdown(): string {
  const table = [
    '| id | default severity | summary |',
    '|---|---|---|',
    ...RULE_CATALOG.map(
      (rule) => `| [\`${rule.id}\`](#${rule.id}-${rule.defaultSeverity}) | ${rule.defaultSeverity} | ${rule.summary} |`,
    ),
  ].join('\n');
  const article = RULE_CATALOG.filter((rule) => rule.origin === 'article').map(ruleSection);
  const structure = RULE_CATALOG.filter((rule) => rule.origin === 'structure').map(ruleSection);
  return [
    INTRO,
    '## The catalog\n',
    table,
    '\n## Rules from the article\n',
    ...article,
    '## Structural and org-design rules\n',
    ...structure,
  ].join('\n');
}
