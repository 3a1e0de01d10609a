/**
 * An SVG drawn onto a canvas of the given pixel size, as PNG bytes. The SVG's
 * own size should be that size (svg.ts scales it), so the browser rasterises
 * the vector drawing at full resolution rather than stretching a bitmap.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    // The browser says only "EncodingError" (or an Event): say what failed instead.
    throw new Error('the browser could not draw the chart as an image');
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error(`the browser could not make a ${width} × ${height} px canvas`);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  // Release the canvas's memory now (hundreds of MB for a large plan), not at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  if (blob === null) throw new Error(`the browser could not make a ${width} × ${height} px PNG`);
  return new Uint8Array(await blob.arrayBuffer());
}
