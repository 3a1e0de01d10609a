/** The CLI's fixture plans, read and checked as `check` does, for the report-format tests. */
import { readFileSync } from 'node:fs';
import { parsePlan } from '@shared/format/parse';
import type { CheckedFile } from '@shared/interop/checked-file';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';

export function fixturePath(name: string): string {
  return `test/fixtures/plans/${name}.orgplan.json`;
}

export function loadFixture(name: string): { path: string; text: string; plan: Plan } {
  const path = fixturePath(name);
  const text = readFileSync(path, 'utf8');
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new Error(`${path} does not load`);
  return { path, text, plan: parsed.plan };
}

export function checkedFixture(name: string): Extract<CheckedFile, { ok: true }> {
  const { path, text, plan } = loadFixture(name);
  return { ok: true, path, plan, text, violations: checkPlan(plan) };
}
