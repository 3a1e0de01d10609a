import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { articleExamplePlan } from '@shared/example/article-example';
import { emptyPlan, type Plan } from '@shared/model/types';
import { buildDisplayList } from '@shared/render/display-list';
import { displayListToSvg } from '@shared/render/svg';
import { escapeXml, stripForXml } from '@shared/render/xml-text';

const CSV = readFileSync(new URL('../../fixtures/org-1516.csv', import.meta.url), 'utf8');

/** librsvg parses with libxml2 and fails on anything that is not well-formed XML. */
function rsvgToPng(svg: string): PNG {
  return PNG.sync.read(
    execFileSync('rsvg-convert', ['--format', 'png'], {
      input: svg,
      maxBuffer: 1 << 28,
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
}

function inkedShare(png: PNG): number {
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) inked++;
  }
  return inked / (png.width * png.height);
}

/** Card names as drawn (a second line joined to the first with a space), unescaped. */
function nameTexts(svg: string): string[] {
  const names: string[] = [];
  for (const m of svg.matchAll(/<text class="(name|name-2)"[^>]*>([^<]*)<\/text>/g)) {
    if (m[1] === 'name-2') names.push(`${names.pop()!} ${m[2]!}`);
    else names.push(m[2]!);
  }
  return names.map((name) =>
    name
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('xml text', () => {
  it('drops characters XML cannot hold and escapes markup', () => {
    expect(stripForXml('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(stripForXml('tab\there\nnew')).toBe('tab here new');
    expect(stripForXml('😀 ok')).toBe('😀 ok');
    expect(escapeXml(`<b a="1">&'`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&apos;');
  });
});

describe('displayListToSvg', () => {
  it('draws the article example as plain SVG that librsvg renders, one name text per card', () => {
    const plan = articleExamplePlan();
    const list = buildDisplayList(plan);
    const svg = displayListToSvg(list);
    expect(svg).not.toContain('foreignObject');
    expect(nameTexts(svg).sort()).toEqual(plan.nodes.map((n) => n.name).sort());
    const png = rsvgToPng(svg);
    expect([png.width, png.height]).toEqual([list.width, list.height]);
    expect(inkedShare(png)).toBeGreaterThan(0.02);
    // Every line kind in the plan is in the legend.
    for (const label of ['Reports to', 'Member of team', 'Engages', 'Engages (external)']) {
      expect(svg).toContain(`>${label}</text>`);
    }
  });

  it('keeps an export well-formed whatever a name holds (control characters broke it before)', () => {
    const plan: Plan = {
      ...emptyPlan('<Plan> & "co"'),
      nodes: [
        {
          id: 'a',
          kind: 'person',
          name: 'Bell\u0007 <script>&amp;',
          title: "O'Brien\u0000 ]]>",
          position: { x: 0, y: 0 },
        },
        { id: 'b', kind: 'stakeholder', scope: 'external', name: '\uD800lone \u001B[31m', position: { x: 300, y: 0 } },
      ],
      edges: [{ id: 'e', kind: 'engages', source: 'a', target: 'b' }],
    };
    const svg = displayListToSvg(buildDisplayList(plan));
    expect(nameTexts(svg)).toEqual(['Bell <script>&amp;', 'lone [31m']);
    expect(inkedShare(rsvgToPng(svg))).toBeGreaterThan(0.01);
  });

  it('is not blank when librsvg renders org-1516 after the compact layout', () => {
    const result = importCsv(CSV);
    if (!result.ok) throw new Error(result.refusal.kind);
    const list = buildDisplayList(result.plan);
    const svg = displayListToSvg(list, 0.1);
    expect(nameTexts(svg)).toHaveLength(1516);
    expect(svg.match(/<polyline /g)!.length).toBeGreaterThanOrEqual(1515);
    const png = rsvgToPng(svg);
    expect(Math.abs(png.width - list.width * 0.1)).toBeLessThanOrEqual(1);
    expect(inkedShare(png)).toBeGreaterThan(0.01);
  }, 60_000); // importing, laying out and rasterising 1,516 cards takes seconds on a loaded machine

  it('the check itself fails on a malformed document', () => {
    expect(() => rsvgToPng('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>')).toThrow();
  });

  it('lays out a plan without positions before drawing it', () => {
    const plan: Plan = {
      ...emptyPlan('x'),
      nodes: [
        { id: 'm', kind: 'person', name: 'Manager' },
        { id: 'r', kind: 'person', name: 'Report' },
      ],
      edges: [{ id: 'e', kind: 'reports-to', source: 'r', target: 'm' }],
    };
    const list = buildDisplayList(plan);
    expect(list.cards).toHaveLength(2);
    expect(list.cards[0]!.y).toBeLessThan(list.cards[1]!.y);
  });
});
