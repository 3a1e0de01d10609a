import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportImage, importCsv, readCsvFile } from '../../../src/main/documents/transfer-flow';
import { harness, tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('image export', () => {
  it('writes exactly the bytes the renderer rendered to the path the user chose', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Checkout area', dirty: false });
    h.ui.savePath = join(folder.path, 'org');
    expect(await exportImage(h.ctx, { format: 'png', data: PNG })).toEqual({ status: 'exported', fileName: 'org.png' });
    expect(new Uint8Array(await readFile(join(folder.path, 'org.png')))).toEqual(PNG);
    expect(h.ui.saveDialogs).toEqual([{ kind: 'png', defaultName: 'Checkout area.png' }]);
  });

  it('writes SVG markup as text and does nothing when cancelled', async () => {
    const h = harness(folder.path);
    h.ui.savePath = join(folder.path, 'org.svg');
    expect((await exportImage(h.ctx, { format: 'svg', data: '<svg/>' })).status).toBe('exported');
    expect(await readFile(join(folder.path, 'org.svg'), 'utf8')).toBe('<svg/>');
    h.ui.savePath = null;
    expect(await exportImage(h.ctx, { format: 'svg', data: '<svg/>' })).toEqual({ status: 'canceled' });
  });

  it.each([
    ['drawio', 'drawio', '<mxfile><diagram name="x"/></mxfile>'],
    ['mermaid', 'mmd', 'flowchart TD\n'],
    ['graphml', 'graphml', '<?xml version="1.0"?><graphml/>'],
    ['csv', 'csv', '\uFEFFid,name,title\r\n'],
  ] as const)(
    'writes a %s export as text with the .%s extension and its save filter',
    async (format, extension, data) => {
      const h = harness(folder.path);
      h.session.setState({ name: 'Checkout area', dirty: false });
      h.ui.savePath = join(folder.path, 'org');
      expect(await exportImage(h.ctx, { format, data })).toEqual({ status: 'exported', fileName: `org.${extension}` });
      expect(await readFile(join(folder.path, `org.${extension}`), 'utf8')).toBe(data);
      expect(h.ui.saveDialogs).toEqual([{ kind: format, defaultName: `Checkout area.${extension}` }]);
    },
  );

  it('writes a PDF with the .pdf extension and the PDF save filter', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Checkout area', dirty: false });
    h.ui.savePath = join(folder.path, 'org');
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(await exportImage(h.ctx, { format: 'pdf', data: pdf })).toEqual({ status: 'exported', fileName: 'org.pdf' });
    expect(new Uint8Array(await readFile(join(folder.path, 'org.pdf')))).toEqual(pdf);
    expect(h.ui.saveDialogs).toEqual([{ kind: 'pdf', defaultName: 'Checkout area.pdf' }]);
  });
});

describe('CSV import', () => {
  it('returns the bytes of the chosen file undecoded, so a Windows-1252 "Lée" is not turned into U+FFFD in main', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'hr.csv');
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('id,name\n1,L'), 0xe9, 0x65, 0x0a]);
    await writeFile(file, bytes);
    h.ui.openPath = file;
    expect(await importCsv(h.ctx)).toEqual({ status: 'read', fileName: 'hr.csv', bytes });
    expect(h.ui.asked).toEqual(['open:csv']);
  });

  it('refuses a file over the cap before reading it', async () => {
    const file = join(folder.path, 'big.csv');
    await writeFile(file, 'x'.repeat(101));
    await expect(readCsvFile(file, 100)).rejects.toThrow(/CSV files over .* are not imported/);
    expect(await readCsvFile(file, 101)).toHaveLength(101);
  });

  it('reports an unreadable file in a dialog', async () => {
    const h = harness(folder.path);
    h.ui.openPath = join(folder.path, 'missing.csv');
    expect((await importCsv(h.ctx)).status).toBe('failed');
    expect(h.ui.errors[0]?.message).toContain('missing.csv');
  });
});
