/** Steps shared by the file tests: the File menu, downloads, opening files through the file chooser. */
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';

export async function fileMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Runs `action` and returns the download it starts, with its bytes. */
export async function downloadOf(
  page: Page,
  action: () => Promise<void>,
  timeout = 30_000,
): Promise<{ download: Download; bytes: Buffer }> {
  const pending = page.waitForEvent('download', { timeout });
  await action();
  const download = await pending;
  // The browser runs as a server: read the download through its stream, not a local path.
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { download, bytes: Buffer.concat(chunks) };
}

export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Runs `action`, which opens the file chooser, and answers it with `file`. */
export async function chooseFile(page: Page, action: () => Promise<void>, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await action();
  await (await chooser).setFiles(file);
}

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** Pixels within `tolerance` of an RGB colour (opaque ones only). */
export function countColour(png: PNG, rgb: readonly [number, number, number], tolerance = 14): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ((png.data[i + 3] as number) < 200) continue;
    if (
      Math.abs((png.data[i] as number) - rgb[0]) <= tolerance &&
      Math.abs((png.data[i + 1] as number) - rgb[1]) <= tolerance &&
      Math.abs((png.data[i + 2] as number) - rgb[2]) <= tolerance
    )
      count++;
  }
  return count;
}

/** Pixels that are neither white nor transparent. */
export function countInk(png: PNG): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const opaque = (png.data[i + 3] as number) > 0;
    const white =
      (png.data[i] as number) > 245 && (png.data[i + 1] as number) > 245 && (png.data[i + 2] as number) > 245;
    if (opaque && !white) count++;
  }
  return count;
}

export async function title(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { document: { title: string } }).document.title);
}
