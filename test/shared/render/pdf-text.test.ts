/**
 * PDF text is set in the standard Helvetica fonts, which encode Windows-1252
 * only (no Unicode font can be embedded: @pdf-lib/fontkit is not installed).
 * Names outside it degrade visibly and safely: accents dropped where that
 * leaves a printable letter, "?" otherwise, and the PDF is always made.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPlan } from '@shared/layout/tree-layout';
import { emptyPlan, type Plan } from '@shared/model/types';
import { buildDisplayList } from '@shared/render/display-list';
import { displayListToPdf } from '@shared/render/pdf';
import { printable, UNPRINTABLE } from '@shared/render/pdf-draw';

const NAMES = ['Łukasz Żółć', 'Nguyễn Thị Minh', 'Ősz Gábor', '李小龍', 'Ωmega Ödegaard', 'Zoë Ørsted €'];

describe('PDF text outside Windows-1252', () => {
  it('keeps Windows-1252, drops only the accents it lacks, and marks what it cannot print', () => {
    expect(printable('Zoë Ørsted € “quoted”')).toBe('Zoë Ørsted € “quoted”');
    expect(printable('Łukasz Żółć')).toBe('Lukasz Zólc');
    expect(printable('Nguyễn Thị Minh')).toBe('Nguyên Thi Minh');
    expect(printable('Ősz')).toBe('Osz');
    expect(printable('李小龍')).toBe(UNPRINTABLE.repeat(3));
    expect(printable('a😀b')).toBe(`a${UNPRINTABLE}b`);
  });

  it('makes the PDF (it threw on a name pdf-lib cannot encode) with every name legible as far as the font allows', async () => {
    const plan: Plan = layoutPlan({
      ...emptyPlan('Ünïcode ☃ plan'),
      nodes: NAMES.map((name, i) => ({ id: `n${i}`, kind: 'person', name, title: `Rôle ${name}` })),
    });
    const pdf = await displayListToPdf(plan, buildDisplayList(plan), 'a4-portrait', plan.name ?? '');
    const scratch = mkdtempSync(join(tmpdir(), 'org-planner-pdf-text-'));
    try {
      const file = join(scratch, 'plan.pdf');
      writeFileSync(file, pdf.data);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      for (const name of NAMES) expect(text).toContain(printable(name));
      expect(text).toContain('Lukasz Zólc');
      expect(text).toContain('???');
      expect(text).toContain('Ünïcode ? plan');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
