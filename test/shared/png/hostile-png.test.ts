/**
 * Damaged and hostile PNGs (issue 11, items 1 and 11): reading the embedded plan never throws, and each
 * refusal says what is wrong in the user's terms, distinct from "not a PNG file" and "holds no plan".
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeChunk, PLAN_KEYWORD, readPlanFromPng, withTextChunk } from '@shared/png/chunks';
import { scanChunks } from '@shared/png/chunk-scan';

function samplePng(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(0x80);
  return new Uint8Array(PNG.sync.write(png));
}

const PLAN = '{"format":"org-planner","version":1,"nodes":[],"edges":[]}';

/** `png` with `chunk` inserted just before IEND (the last 12 bytes). */
function insertBeforeEnd(png: Uint8Array, chunk: Uint8Array): Uint8Array {
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, png.length - 12), 0);
  out.set(chunk, png.length - 12);
  out.set(png.subarray(png.length - 12), png.length - 12 + chunk.length);
  return out;
}

function chunkAt(png: Uint8Array, type: string): number {
  const chunk = scanChunks(png).chunks.find((c) => c.type === type);
  if (chunk === undefined) throw new Error(`no ${type} chunk`);
  return chunk.offset;
}

describe('readPlanFromPng', () => {
  it('reads the plan of an exported PNG', () => {
    expect(readPlanFromPng(withTextChunk(samplePng(), PLAN_KEYWORD, PLAN))).toEqual({ ok: true, text: PLAN });
  });

  it('says "not a PNG file" only for files without the PNG signature', () => {
    expect(readPlanFromPng(new TextEncoder().encode(PLAN))).toMatchObject({ ok: false, reason: 'not-png' });
  });

  it('says the image holds no plan when it has none', () => {
    expect(readPlanFromPng(samplePng())).toMatchObject({ ok: false, reason: 'no-plan' });
  });

  it('refuses a bad CRC in the plan chunk as a damaged embedded plan, without throwing', () => {
    const png = withTextChunk(samplePng(), PLAN_KEYWORD, PLAN);
    const damaged = png.slice();
    const at = chunkAt(png, 'iTXt') + 30;
    damaged[at] = (damaged[at] as number) ^ 0x01;
    expect(readPlanFromPng(damaged)).toEqual({
      ok: false,
      reason: 'damaged',
      message: "the image's embedded plan is damaged (chunk CRC)",
    });
  });

  it('still reads an intact plan chunk when a picture chunk is damaged (the plan has its own CRC)', () => {
    const png = withTextChunk(samplePng(), PLAN_KEYWORD, PLAN);
    const damaged = png.slice();
    const at = chunkAt(png, 'IDAT') + 9;
    damaged[at] = (damaged[at] as number) ^ 0x01;
    expect(readPlanFromPng(damaged)).toEqual({ ok: true, text: PLAN });
    expect(readPlanFromPng(damaged.slice(0, chunkAt(png, 'iTXt')))).toMatchObject({
      ok: false,
      reason: 'damaged',
      message: 'the image is damaged (chunk CRC of its IDAT chunk)',
    });
  });

  it('refuses a chunk length of 0xFFFFFFFF as a damaged image', () => {
    const png = withTextChunk(samplePng(), PLAN_KEYWORD, PLAN);
    const at = chunkAt(png, 'IDAT');
    png.fill(0xff, at, at + 4);
    expect(readPlanFromPng(png)).toEqual({
      ok: false,
      reason: 'damaged',
      message: 'the image is damaged (the file is cut short)',
    });
  });

  it('refuses a 3 MB tEXt keyword as too long, without one giant String.fromCharCode', () => {
    const keyword = new Uint8Array(3 * 1024 * 1024 + 2).fill(0x41);
    keyword[keyword.length - 2] = 0; // the separator, then one byte of text
    const png = insertBeforeEnd(samplePng(), encodeChunk('tEXt', keyword));
    const result = readPlanFromPng(png);
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    expect(result.ok || result.message).toMatch(/the keyword of its tEXt chunk is too long; PNG allows 79 bytes/);
  });

  it('reads a Latin-1 tEXt plan of several megabytes', () => {
    const text = `{"name":"Dana L\u00e9e","pad":"${'x'.repeat(3_000_000)}"}`;
    const data = new Uint8Array(PLAN_KEYWORD.length + 1 + text.length);
    for (let i = 0; i < PLAN_KEYWORD.length; i++) data[i] = PLAN_KEYWORD.charCodeAt(i);
    for (let i = 0; i < text.length; i++) data[PLAN_KEYWORD.length + 1 + i] = text.charCodeAt(i);
    expect(readPlanFromPng(insertBeforeEnd(samplePng(), encodeChunk('tEXt', data)))).toEqual({ ok: true, text });
  });

  it('refuses an embedded plan that is not valid UTF-8, naming the byte', () => {
    const png = withTextChunk(samplePng(), PLAN_KEYWORD, 'abc');
    const itxt = scanChunks(png).chunks.find((c) => c.type === 'iTXt');
    if (itxt === undefined) throw new Error('no iTXt');
    const data = itxt.data.slice();
    data[data.length - 2] = 0xff; // the "b"
    const bad = insertBeforeEnd(samplePng(), encodeChunk('iTXt', data));
    expect(readPlanFromPng(bad)).toEqual({
      ok: false,
      reason: 'damaged',
      message: "the image's embedded plan is not valid UTF-8 (byte 1 of the plan)",
    });
  });

  it('never throws on a file cut short anywhere, and says so', () => {
    const png = withTextChunk(samplePng(), PLAN_KEYWORD, PLAN);
    // Once the plan chunk is complete, its CRC vouches for it: a lost IEND does not matter.
    const planEnd = chunkAt(png, 'IEND');
    for (let length = 0; length < png.length; length++) {
      const result = readPlanFromPng(png.subarray(0, length));
      if (length < 8) expect(result).toMatchObject({ reason: 'not-png' });
      else expect(result.ok || result.reason).toBe(length >= planEnd ? true : 'damaged');
    }
  });
});
