/**
 * `check --format sarif`: SARIF 2.1.0 (OASIS), the format GitHub code
 * scanning and most CI dashboards read. One `rule` per catalog entry (summary,
 * fix as help, the article's quote), one `result` per violation with a
 * physical location (the node's object in the plan file, so the annotation
 * lands on its line) and one logical location per node. Waived violations are
 * kept as results with an accepted in-source suppression carrying the reason.
 */
import type { PlanNode, Severity } from '../model/types';
import { RULE_CATALOG, type RuleInfo } from '../rules/catalog';
import type { Violation } from '../rules/violation';
import type { CheckedFile } from './checked-file';
import { pathToUriReference } from './file-uri';
import { locatePlanObjects, type PlanLocations, type TextRegion } from './json-locations';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifText {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifText;
  fullDescription: SarifText;
  help: SarifText;
  defaultConfiguration: { level: SarifLevel };
  properties: { origin: string; quote?: string; tags: string[] };
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; index: number }; region?: TextRegion };
  logicalLocations?: { name: string; kind: string; fullyQualifiedName: string }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  suppressions?: { kind: 'inSource'; status: 'accepted'; justification: string }[];
  properties: { nodeIds: string[]; edgeIds: string[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; rules: SarifRule[] } };
    artifacts: { location: { uri: string } }[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: 'error'; message: { text: string }; locations: SarifLocation[] }[];
    }[];
    results: SarifResult[];
    columnKind: 'utf16CodeUnits';
  }[];
}

function ruleOf(info: RuleInfo): SarifRule {
  const quote = info.quote === undefined ? '' : `\n\n“${info.quote}”`;
  const quoteMarkdown = info.quote === undefined ? '' : `\n\n> ${info.quote}`;
  return {
    id: info.id,
    // SARIF's `name` is an identifier-like label; the id already is one.
    name: info.id,
    shortDescription: { text: info.summary },
    fullDescription: { text: `${info.summary}${quote}` },
    help: { text: `${info.fixHint}${quote}`, markdown: `**Fix:** ${info.fixHint}${quoteMarkdown}` },
    defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
    properties: {
      origin: info.origin,
      ...(info.quote !== undefined && { quote: info.quote }),
      tags: ['org-design', info.origin],
    },
  };
}

/** The region of the violation's first node, else its first edge; none when the text is not the file's. */
function regionOf(violation: Violation, locations: PlanLocations | undefined): TextRegion | undefined {
  if (locations === undefined) return undefined;
  for (const id of violation.nodeIds) {
    const region = locations.nodes.get(id);
    if (region !== undefined) return region;
  }
  for (const id of violation.edgeIds) {
    const region = locations.edges.get(id);
    if (region !== undefined) return region;
  }
  // Plan-wide findings (an unknown rule in `rules`, a stale waiver) point at the file's first line.
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
}

function resultOf(
  violation: Violation,
  artifact: { uri: string; index: number },
  nodesById: ReadonlyMap<string, PlanNode>,
  locations: PlanLocations | undefined,
  ruleIndex: ReadonlyMap<string, number>,
): SarifResult {
  const region = regionOf(violation, locations);
  const logicalLocations = violation.nodeIds.flatMap((id) => {
    const node = nodesById.get(id);
    return node === undefined
      ? []
      : [{ name: node.name === '' ? node.id : node.name, kind: node.kind, fullyQualifiedName: node.id }];
  });
  const location: SarifLocation = {
    physicalLocation: { artifactLocation: artifact, ...(region !== undefined && { region }) },
    ...(logicalLocations.length > 0 && { logicalLocations }),
  };
  const result: SarifResult = {
    ruleId: violation.ruleId,
    // -1 is SARIF's "not in tool.driver.rules"; every catalog id is there.
    ruleIndex: ruleIndex.get(violation.ruleId) ?? -1,
    level: LEVEL[violation.severity],
    message: { text: violation.message },
    locations: [location],
    properties: { nodeIds: [...violation.nodeIds], edgeIds: [...violation.edgeIds] },
  };
  if (violation.waived === true) {
    result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: violation.waiverReason ?? '' }];
  }
  return result;
}

export interface SarifOptions {
  readonly toolVersion: string;
}

export function checkToSarif(files: readonly CheckedFile[], options: SarifOptions): SarifLog {
  const rules = RULE_CATALOG.map(ruleOf);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts = files.map((file) => ({ location: { uri: pathToUriReference(file.path) } }));
  const results: SarifResult[] = [];
  const notifications: SarifLog['runs'][number]['invocations'][number]['toolExecutionNotifications'] = [];
  files.forEach((file, index) => {
    const artifact = { uri: pathToUriReference(file.path), index };
    if (!file.ok) {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.error}` },
        locations: [{ physicalLocation: { artifactLocation: artifact } }],
      });
      return;
    }
    const locations = file.text === undefined ? undefined : locatePlanObjects(file.text);
    const nodesById = new Map(file.plan.nodes.map((node) => [node.id, node]));
    for (const violation of file.violations) {
      results.push(resultOf(violation, artifact, nodesById, locations, ruleIndex));
    }
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'org-planner', version: options.toolVersion, rules } },
        artifacts,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
