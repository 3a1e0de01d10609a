/**
 * The opening job the worker runs: the same decoding and checks as before it moved off the main thread,
 * the plan handed from the browser's reader to the document flow without a second parse, and the size
 * above which a worker is used.
 */
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { serializePlan } from '@shared/format/serialize';
import { planToDrawio } from '@shared/interop/drawio';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';
import { runPlanOpenJob, WORKER_THRESHOLD } from '../../../src/renderer/src/platform/plan-open-job';
import { handOverParsed, opensInline, takeHandedOver } from '../../../src/renderer/src/platform/plan-open-client';

const text = serializePlan(articleExamplePlan());

function pngWithPlan(planText: string): Uint8Array {
  const png = new PNG({ width: 1, height: 1 });
  return withTextChunk(new Uint8Array(PNG.sync.write(png)), PLAN_KEYWORD, planText);
}

describe('the plan opening job', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads a draw.io diagram (by its content) into the plan JSON with its ids, and names the file when it refuses one', () => {
    const bytes = new TextEncoder().encode(planToDrawio(articleExamplePlan()));
    const result = runPlanOpenJob({ fileName: 'org.xml', bytes });
    if (!result.ok) throw new Error(result.message);
    expect(result.fromDrawio).toBe(true);
    expect(result.notice).toBeUndefined();
    expect(result.text).toBe(serializePlan(result.plan));
    expect(result.plan.nodes.map((n) => n.id).sort()).toEqual(
      articleExamplePlan()
        .nodes.map((n) => n.id)
        .sort(),
    );
    const packed = new TextEncoder().encode('<mxfile><diagram name="P">7VhNj5sw</diagram></mxfile>');
    expect(runPlanOpenJob({ fileName: 'packed.drawio', bytes: packed })).toEqual({
      ok: false,
      message:
        'Could not open “packed.drawio”: this draw.io file cannot be opened as a plan: the diagram is compressed; in diagrams.net turn off File › Properties › Compressed and save again',
    });
  });

  it('reads JSON bytes and a PNG with a plan, returning the text it decoded and the stages it went through', () => {
    for (const bytes of [new TextEncoder().encode(text), pngWithPlan(text)]) {
      const stages: string[] = [];
      const result = runPlanOpenJob({ fileName: 'x', bytes }, (stage) => stages.push(stage));
      expect(result.ok && result.text).toBe(text);
      expect(result.ok && serializePlan(result.plan)).toBe(text);
      expect(stages).toEqual(['reading', 'checking']);
    }
  });

  it('does not copy text it was given back, and refuses bad input with the file name', () => {
    const fromText = runPlanOpenJob({ fileName: 'x', text });
    expect(fromText.ok && serializePlan(fromText.plan)).toBe(text);
    expect(fromText).not.toHaveProperty('text');
    const bad = runPlanOpenJob({ fileName: 'bad.orgplan.json', text: '{"format":"org-planner","version":1}' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^Could not open “bad\.orgplan\.json”: .*nodes/);
    const image = runPlanOpenJob({ fileName: 'photo.png', bytes: pngWithPlan(text).subarray(0, 40) });
    expect(!image.ok && image.message).toContain('photo.png');
  });

  it('uses a worker only above the threshold, and only where workers exist', () => {
    const big = { fileName: null, text: ' '.repeat(WORKER_THRESHOLD) };
    const small = { fileName: null, text };
    expect(opensInline(big)).toBe(true); // no Worker under Node
    vi.stubGlobal('Worker', function Worker() {
      // Only its presence matters.
    });
    expect(opensInline(small)).toBe(true);
    expect(opensInline(big)).toBe(false);
    expect(opensInline({ fileName: null, bytes: new Uint8Array(WORKER_THRESHOLD) })).toBe(false);
  });

  it('hands a parsed plan over once, and only for the same text', () => {
    const plan = articleExamplePlan();
    handOverParsed(text, plan);
    expect(takeHandedOver(`${text} `)).toBeUndefined();
    handOverParsed(text, plan);
    expect(takeHandedOver(text)).toBe(plan);
    expect(takeHandedOver(text)).toBeUndefined();
  });
});
