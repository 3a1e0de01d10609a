/** Scenario edits in the pure core (issue 17): create from a scenario, rename, delete, and `#name` picking. */
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIOS } from '@shared/model/limits';
import { emptyPlan, type Plan } from '@shared/model/types';
import { createScenarioFrom, deleteScenario, renameScenario } from '@shared/scenarios/edit-scenarios';
import { pickScenario, splitScenarioArgument } from '@shared/scenarios/pick-scenario';
import { documentOf, scenariosOf, type Scenario } from '@shared/scenarios/scenario-list';

const plan = (name: string): Plan => ({ ...emptyPlan(), nodes: [{ id: name, kind: 'pm', name }] });
const asIs: Scenario = { id: 'as-is', name: 'As-is', plan: plan('a') };

function ok(result: ReturnType<typeof createScenarioFrom>): { list: Scenario[]; id: string } {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('createScenarioFrom', () => {
  it('adds "Proposal 2" with a fresh id and the source plan, leaving the source alone', () => {
    const { list, id } = ok(createScenarioFrom([asIs], 'as-is'));
    expect(list.map((s) => [s.id, s.name])).toEqual([
      ['as-is', 'As-is'],
      ['scenario-2', 'Proposal 2'],
    ]);
    expect(id).toBe('scenario-2');
    expect(list[1]?.plan).toEqual(asIs.plan);
    expect(list[0]).toBe(asIs);
  });

  it('skips names and ids already taken, ignoring case', () => {
    const taken: Scenario[] = [asIs, { id: 'scenario-3', name: 'proposal 3', plan: plan('b') }];
    const { list } = ok(createScenarioFrom(taken, 'scenario-3'));
    expect(list[2]).toMatchObject({ id: 'scenario-4', name: 'Proposal 4', plan: taken[1]?.plan });
  });

  it(`refuses past ${MAX_SCENARIOS} proposals, as the loader would refuse the file`, () => {
    let list: Scenario[] = [asIs];
    for (let i = 0; i < MAX_SCENARIOS; i++) list = ok(createScenarioFrom(list, 'as-is')).list;
    expect(documentOf(list, undefined).scenarios).toHaveLength(MAX_SCENARIOS);
    expect(createScenarioFrom(list, 'as-is')).toEqual({
      ok: false,
      message: `a plan holds at most ${MAX_SCENARIOS + 1} scenarios; delete one first`,
    });
  });
});

describe('renameScenario', () => {
  const two: Scenario[] = [asIs, { id: 's', name: 'Split PMs', plan: plan('b') }];

  it('trims and renames', () => {
    expect(ok(renameScenario(two, 's', '  Merge teams ')).list[1]?.name).toBe('Merge teams');
  });

  it('refuses an empty name or one another scenario has', () => {
    expect(renameScenario(two, 's', '   ')).toEqual({ ok: false, message: 'A scenario needs a name' });
    expect(renameScenario(two, 's', 'as-IS')).toEqual({
      ok: false,
      message: 'There is already a scenario named “As-is”',
    });
  });
});

describe('deleteScenario', () => {
  const three: Scenario[] = [asIs, { id: 's', name: 'S', plan: plan('b') }, { id: 't', name: 'T', plan: plan('c') }];

  it('never deletes the last scenario, and says so', () => {
    expect(deleteScenario([asIs], 'as-is')).toEqual({ ok: false, message: 'A plan keeps at least one scenario' });
  });

  it('shows the next scenario, or the one before when the last went', () => {
    expect(ok(deleteScenario(three, 's'))).toMatchObject({ id: 't' });
    expect(ok(deleteScenario(three, 't'))).toMatchObject({ id: 's' });
  });

  it('deleting the as-is makes the first proposal the root, keeping its id and name in the file', () => {
    const { list } = ok(deleteScenario(three, 'as-is'));
    const doc = documentOf(list, 'Plan');
    expect(doc).toMatchObject({ scenarioId: 's', scenarioName: 'S', name: 'Plan' });
    expect(scenariosOf(doc).map((s) => s.id)).toEqual(['s', 't']);
  });
});

describe('pickScenario and FILE#scenario', () => {
  const list: Scenario[] = [asIs, { id: 'split', name: 'Split PMs', plan: plan('b') }];

  it('picks by id first, then by name in any case', () => {
    expect(pickScenario(list, 'split')).toMatchObject({ ok: true, scenario: { id: 'split' } });
    expect(pickScenario(list, 'split pms')).toMatchObject({ ok: true, scenario: { id: 'split' } });
    expect(pickScenario(list, 'nope')).toEqual({
      ok: false,
      message: 'no scenario is named or has the id "nope"; the plan has “As-is” (as-is), “Split PMs” (split)',
    });
  });

  it('splits at the # after an existing file, keeping a # that is part of the file name', () => {
    const files = new Set(['plan.json', 'a#b.json']);
    const exists = (path: string): boolean => files.has(path);
    expect(splitScenarioArgument('plan.json', exists)).toEqual({ path: 'plan.json' });
    expect(splitScenarioArgument('plan.json#Split PMs', exists)).toEqual({ path: 'plan.json', scenario: 'Split PMs' });
    expect(splitScenarioArgument('a#b.json', exists)).toEqual({ path: 'a#b.json' });
    expect(splitScenarioArgument('a#b.json#x#y', exists)).toEqual({ path: 'a#b.json', scenario: 'x#y' });
    expect(splitScenarioArgument('missing.json#x', exists)).toEqual({ path: 'missing.json', scenario: 'x' });
  });
});
