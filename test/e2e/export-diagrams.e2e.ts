/**
 * Export from the dialog as draw.io, Mermaid, GraphML and CSV; each saved file parsed back with the core's
 * readers (draw.io reader, our Mermaid subset parser, an XML parse, the CSV import) gives the same people
 * and lines. The draw.io file then opens again through File › Open as an untitled, unsaved plan.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsvBytes } from '../../src/shared/csv/import-csv-bytes';
import { serializePlan } from '../../src/shared/format/serialize';
import { CSV_EXPORT_ROLES } from '../../src/shared/interop/csv-export';
import { drawioToPlan } from '../../src/shared/interop/drawio-read';
import { subtreePlan } from '../../src/shared/interop/subtree';
import type { Plan } from '../../src/shared/model/types';
import { parseMermaidSubset } from '../../test/shared/interop/mermaid-subset';
import { elements, parseXml } from '../../test/shared/interop/xml-parse';
import { connectBrowser, getPlan, isDirty, openApp, screenshot } from './helpers';
import { chooseFile, downloadOf, fileMenu } from './files-helpers';

const DIALOG = 'Export the plan as a diagram or table';

const people = (plan: Plan): string[] =>
  plan.nodes.filter((n) => n.kind !== 'team' && n.kind !== 'stakeholder').map((n) => `${n.id} ${n.name}`);
const lines = (plan: Plan): string[] => plan.edges.map((e) => `${e.id} ${e.kind} ${e.source}>${e.target}`).sort();
const reportingLines = (plan: Plan): string[] =>
  plan.edges.filter((e) => e.kind === 'reports-to').map((e) => `${e.source}>${e.target}`);

async function exportAs(page: Page, label: string): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await dialog.getByLabel(label).check();
  const saved = await downloadOf(page, () => dialog.getByTestId('export-go').click());
  await dialog.waitFor({ state: 'hidden' });
  return { name: saved.download.suggestedFilename(), text: saved.bytes.toString('utf8') };
}

describe('exporting diagrams and tables from the dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('exports draw.io, Mermaid, GraphML and CSV that read back as the same people and lines', async () => {
    const { page, context } = await openApp(browser);
    const plan = await getPlan(page);

    await fileMenu(page, /Export draw\.io diagram/);
    const dialog = page.getByRole('dialog', { name: DIALOG });
    await dialog.waitFor();
    await screenshot(page, 'export-diagram-dialog.png');
    const drawio = await exportAs(page, 'draw.io diagram (opens again as a plan)');
    expect(drawio.name).toMatch(/\.drawio$/);
    const fromDrawio = drawioToPlan(drawio.text);
    if (!fromDrawio.ok) throw new Error(fromDrawio.message);
    expect(people(fromDrawio.plan).sort()).toEqual(people(plan).sort());
    expect(lines(fromDrawio.plan)).toEqual(lines(plan));

    // From an image format, the format list moves to the diagram form.
    await fileMenu(page, /Export SVG image/);
    // A click, not check(): the image form gives way to the diagram form, which shows the choice.
    await page.getByRole('dialog', { name: 'Export the plan as an image' }).getByLabel('GraphML graph (yEd)').click();
    await dialog.waitFor();
    const graphml = await exportAs(page, 'GraphML graph (yEd)');
    expect(graphml.name).toMatch(/\.graphml$/);
    const xml = parseXml(graphml.text);
    const dataOf = (element: ReturnType<typeof elements>[number], key: string): string =>
      elements(element, 'data').find((d) => d.getAttribute('key') === key)?.textContent ?? '';
    const graph = elements(xml, 'graph')[0];
    if (graph === undefined) throw new Error('no graph');
    expect(
      elements(graph, 'node')
        .map((n) => dataOf(n, 'planId'))
        .sort(),
    ).toEqual(plan.nodes.map((n) => n.id).sort());
    expect(
      elements(graph, 'edge')
        .map((e) => dataOf(e, 'edgePlanId'))
        .sort(),
    ).toEqual(plan.edges.map((e) => e.id).sort());

    await fileMenu(page, /Export Mermaid flowchart/);
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('export-mermaid-note').textContent()).toContain('at most 500 lines');
    const mermaid = await exportAs(page, 'Mermaid flowchart (for Markdown)');
    expect(mermaid.name).toMatch(/\.mmd$/);
    const parsed = parseMermaidSubset(mermaid.text.replace(/\n$/, ''));
    expect(parsed.nodes.map((n) => n.planId).sort()).toEqual(plan.nodes.map((n) => n.id).sort());
    expect(parsed.edges.map((e) => e.planId).sort()).toEqual(plan.edges.map((e) => e.id).sort());

    await fileMenu(page, /Export people as CSV/);
    await dialog.waitFor();
    const csv = await exportAs(page, 'CSV table of the people (for spreadsheets)');
    expect(csv.name).toMatch(/\.csv$/);
    const imported = importCsvBytes(new TextEncoder().encode(csv.text), { roles: CSV_EXPORT_ROLES });
    if (!imported.ok) throw new Error(imported.refusal.kind);
    expect(imported.plan.nodes.map((n) => `${n.id} ${n.name}`).sort()).toEqual(people(plan).sort());
    expect(reportingLines(imported.plan).sort()).toEqual(reportingLines(plan).sort());
    await context.close();
  });

  it('exports one manager’s part of the plan, and CSV with only the field columns kept ticked', async () => {
    const { page, context } = await openApp(browser);
    const plan = await getPlan(page);
    const withFields: Plan = {
      ...plan,
      nodes: plan.nodes.map((n) =>
        n.kind === 'team' ? n : { ...n, fields: { email: `${n.id}@x.test`, site: 'Porto' } },
      ),
    };
    await page.evaluate((text) => {
      (globalThis as unknown as { __orgPlannerTest: { loadPlanText(t: string): void } }).__orgPlannerTest.loadPlanText(
        text,
      );
    }, serializePlan(withFields));
    await fileMenu(page, /Export people as CSV/);
    const dialog = page.getByRole('dialog', { name: DIALOG });
    await dialog.getByTestId('export-csv-fields').getByLabel('email').uncheck();
    // A manager below the top: their part has fewer people than the plan.
    const root = plan.edges
      .filter((e) => e.kind === 'reports-to')
      .map((e) => e.target)
      .find((id) => people(subtreePlan(plan, id) ?? plan).length < people(plan).length) as string;
    await dialog.getByTestId('export-subtree').selectOption(root);
    const csv = await exportAs(page, 'CSV table of the people (for spreadsheets)');
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('id,name,title,manager_id,role,level,team,site');
    expect(rows.map((row) => row.split(',')[0])).toContain(root);
    expect(rows.length).toBe(people(subtreePlan(plan, root) ?? plan).length);
    expect(rows.length).toBeLessThan(people(plan).length);
    await context.close();
  });

  it('opens an exported draw.io file again as an untitled, unsaved plan with the same ids', async () => {
    const { page, context } = await openApp(browser);
    const plan = await getPlan(page);
    await fileMenu(page, /Export draw\.io diagram/);
    const dialog = page.getByRole('dialog', { name: DIALOG });
    const saved = await downloadOf(page, () => dialog.getByTestId('export-go').click());

    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByTestId('start-blank').click();
    await page.getByText('This plan is empty').waitFor();
    await chooseFile(page, () => fileMenu(page, 'Open…'), {
      name: 'org.drawio',
      mimeType: 'application/xml',
      buffer: saved.bytes,
    });
    await expect.poll(async () => people(await getPlan(page)).sort()).toEqual(people(plan).sort());
    expect(lines(await getPlan(page))).toEqual(lines(plan));
    expect(await isDirty(page)).toBe(true);
    await page.getByText('Opened the plan drawn in this draw.io diagram.').waitFor();
    // Save downloads a plan file, never the .drawio.
    const again = await downloadOf(page, () => page.keyboard.press('Control+s'));
    expect(again.download.suggestedFilename()).toMatch(/\.orgplan\.json$/);
    await context.close();
  });
});
