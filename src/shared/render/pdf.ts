/**
 * A chart as a paged PDF (pdf-lib, pure JS, so the CLI and the web build can
 * both make one): page 1 is an overview of the whole chart with each page's
 * blocks outlined, then an index of the pages, then the chart at a print scale
 * where every card's text is at least 8 pt, cut into subtree blocks packed
 * several to a page (pages.ts), so no card is cut. Each page names the pages
 * its subtrees continue on. Text uses the standard Helvetica fonts: characters
 * outside Windows-1252 lose accents or print as "?" (pdf-draw.ts printable).
 */
import {
  PDFDocument,
  type PDFPage,
  StandardFonts,
  clip,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
} from 'pdf-lib';
import { NODE_HEIGHT, NODE_WIDTH, STACK_INDENT } from '../layout/card-size';
import type { Plan, Position } from '../model/types';
import type { Box } from './page-blocks';
import type { DisplayItem, DisplayList } from './display-list';
import {
  FOOTER,
  HEADER,
  PAGE_MARGIN,
  PAGE_SIZES,
  PRINT_SCALE,
  continuations,
  paginate,
  type ChartPage,
  type PageSize,
} from './pages';
import { INK_MUTED, PAPER } from './palette';
import { at, colour, drawItem, header, printable, roundedRect, text, type Fonts, type View } from './pdf-draw';

const INDEX_LINE = 12;
/** Page references, and the frame round each block when a page holds several. */
const LINK = '#3b5bdb';
const FRAME = '#c3c9d3';
/** The smallest text on a page, in points. */
const SMALL = 8;

type Line = Extract<DisplayItem, { kind: 'line' | 'polygon' }>;

/** Whether a line or arrowhead has a segment in the box: a long route passing far away is not drawn (nor clipped). */
function touches(item: Line, box: Box): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const { points } = item;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Position;
    const b = points[
      item.kind === 'polygon' ? (i + 1) % points.length : Math.min(i + 1, points.length - 1)
    ] as Position;
    if (
      Math.max(a.x, b.x) >= box.x &&
      Math.min(a.x, b.x) <= right &&
      Math.max(a.y, b.y) >= box.y &&
      Math.min(a.y, b.y) <= bottom
    )
      return true;
  }
  return false;
}

function overviewPage(
  doc: PDFDocument,
  fonts: Fonts,
  list: DisplayList,
  pages: readonly ChartPage[],
  size: PageSize,
  title: string,
  first: number,
): void {
  const { width, height } = PAGE_SIZES[size];
  const page = doc.addPage([width, height]);
  header(page, fonts, title, `Overview: the whole chart, with the page that shows each part`);
  const top = PAGE_MARGIN + HEADER;
  const scale = Math.min((width - 2 * PAGE_MARGIN) / list.width, (height - top - PAGE_MARGIN - FOOTER) / list.height);
  const view: View = { x: 0, y: 0, scale, left: PAGE_MARGIN, top };
  for (const item of list.items) drawItem(page, fonts, view, item, false);
  pages.forEach((chart, i) => {
    let numbered = false;
    for (const block of chart.blocks) {
      const p = at(view, block);
      const w = block.width * scale;
      const h = block.height * scale;
      page.drawSvgPath(roundedRect(p.x, p.y, w, h, 0), {
        x: 0,
        y: height,
        // Light and thin: a large org has hundreds of blocks over its chart.
        borderColor: colour('#91a7ff'),
        borderWidth: 0.4,
      });
      // The page's number once, in its first block large enough to hold it; the index names every page.
      const label = String(first + i);
      if (!numbered && fonts.bold.widthOfTextAtSize(label, SMALL) + 4 <= w && SMALL + 2 <= h) {
        text(page, fonts, label, p.x + 2, p.y + SMALL + 1, SMALL, true, LINK);
        numbered = true;
      }
    }
  });
  text(
    page,
    fonts,
    `Page 1 of ${first + pages.length - 1}`,
    PAGE_MARGIN,
    height - PAGE_MARGIN / 2,
    SMALL,
    false,
    INK_MUTED,
  );
}

function indexPages(
  doc: PDFDocument,
  fonts: Fonts,
  pages: readonly ChartPage[],
  size: PageSize,
  title: string,
  perPage: number,
  total: number,
): void {
  const { width, height } = PAGE_SIZES[size];
  const first = 2 + Math.ceil(pages.length / perPage);
  for (let start = 0; start < pages.length; start += perPage) {
    const page = doc.addPage([width, height]);
    const number = 2 + start / perPage;
    header(page, fonts, title, `Page index · page ${number} of ${total}`);
    pages.slice(start, start + perPage).forEach((chart, i) => {
      text(
        page,
        fonts,
        indexLine(fonts, chart, first + start + i, width - 2 * PAGE_MARGIN),
        PAGE_MARGIN,
        PAGE_MARGIN + HEADER + (i + 1) * INDEX_LINE,
        9,
      );
    });
  }
}

/** "p. 7: Ada (12 people), Bob, and 2 more", cut to the line's width: the top card of each subtree on the page. */
function indexLine(fonts: Fonts, chart: ChartPage, number: number, width: number): string {
  const parts = chart.blocks.flatMap((block) =>
    block.heads.map((head) => {
      const name = head.name.trim() === '' ? 'Unnamed' : head.name;
      return block.heads.length === 1 && block.cards.length > 1 ? `${name} (${block.cards.length} people)` : name;
    }),
  );
  let line = `p. ${number}: ${parts[0] ?? ''}`;
  for (let k = 1; k < parts.length; k++) {
    const next = `${line}, ${parts[k] ?? ''}`;
    const rest = parts.length - k - 1;
    const tail = rest > 0 ? `, and ${rest} more` : '';
    if (fonts.regular.widthOfTextAtSize(printable(next + tail), 9) > width) {
      return `${line}, and ${parts.length - k} more`;
    }
    line = next;
  }
  return line;
}

function chartPage(
  doc: PDFDocument,
  fonts: Fonts,
  list: DisplayList,
  chart: ChartPage,
  size: PageSize,
  title: string,
  number: number,
  total: number,
  links: ReturnType<typeof continuations>,
  first: number,
): void {
  const { width, height } = PAGE_SIZES[size];
  const page = doc.addPage([width, height]);
  header(page, fonts, title, `Page ${number} of ${total} · overview on page 1`);
  const lines = list.items.filter((item): item is Line => item.kind === 'line' || item.kind === 'polygon');
  const framed = chart.blocks.length > 1;
  for (const block of chart.blocks) {
    const view: View = {
      x: block.x,
      y: block.y,
      scale: PRINT_SCALE,
      left: PAGE_MARGIN + block.left * PRINT_SCALE,
      top: PAGE_MARGIN + HEADER + block.top * PRINT_SCALE,
    };
    const corner = at(view, block);
    const w = block.width * PRINT_SCALE;
    const h = block.height * PRINT_SCALE;
    if (framed)
      page.drawSvgPath(roundedRect(corner.x, corner.y, w, h, 4), {
        x: 0,
        y: height,
        borderColor: colour(FRAME),
        borderWidth: 0.5,
      });
    // Lines are clipped to the block; its cards are whole by construction.
    page.pushOperators(pushGraphicsState(), rectangle(corner.x, height - corner.y - h, w, h), clip(), endPath());
    for (const item of lines) if (touches(item, block)) drawItem(page, fonts, view, item, true);
    page.pushOperators(popGraphicsState());
    for (const card of block.cards) {
      for (let i = card.firstItem; i < card.firstItem + card.itemCount; i++)
        drawItem(page, fonts, view, list.items[i] as DisplayItem, true);
      const link = links.get(card.id);
      if (link === undefined) continue;
      const p = at(view, card);
      if (link.up.size > 0)
        pageLink(page, fonts, `from p. ${pageList(link.up, first)}`, p.x + NODE_WIDTH * PRINT_SCALE - 60, p.y - 2);
      if (link.down.size > 0)
        pageLink(
          page,
          fonts,
          `continues on p. ${pageList(link.down, first)}`,
          p.x + STACK_INDENT * PRINT_SCALE + 6,
          p.y + NODE_HEIGHT * PRINT_SCALE + SMALL + 1,
        );
    }
  }
  // The footer sums up where this page's subtrees continue and where they come from.
  const down = new Set<number>();
  const up = new Set<number>();
  for (const card of chart.cards) {
    for (const p of links.get(card.id)?.down ?? []) down.add(p);
    for (const p of links.get(card.id)?.up ?? []) up.add(p);
  }
  const footer = [
    down.size > 0 ? `Continues on p. ${pageList(down, first)}` : '',
    up.size > 0 ? `Comes from p. ${pageList(up, first)}` : '',
  ].filter((part) => part !== '');
  if (footer.length > 0)
    text(page, fonts, footer.join(' · '), PAGE_MARGIN, height - PAGE_MARGIN / 2, SMALL, false, INK_MUTED);
}

/** A page reference on paper ground, so a line passing under it does not strike it through. */
function pageLink(page: PDFPage, fonts: Fonts, value: string, x: number, baseline: number): void {
  const width = fonts.bold.widthOfTextAtSize(printable(value), SMALL);
  page.drawRectangle({
    x: x - 1,
    y: page.getHeight() - baseline - 2.5,
    width: width + 2,
    height: SMALL + 1.5,
    color: colour(PAPER),
  });
  text(page, fonts, value, x, baseline, SMALL, true, LINK);
}

const pageList = (set: ReadonlySet<number>, first: number): string =>
  [...set]
    .sort((a, b) => a - b)
    .map((i) => first + i)
    .join(', ');

/** The paged PDF of a display list, and its number of pages. */
export async function displayListToPdf(
  plan: Plan,
  list: DisplayList,
  size: PageSize,
  title: string,
): Promise<{ data: Uint8Array; pageCount: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(title));
  doc.setCreator('Org Planner');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const paging = paginate(plan, list, size);
  const perPage = Math.floor((PAGE_SIZES[size].height - 2 * PAGE_MARGIN - HEADER - FOOTER) / INDEX_LINE);
  const first = 2 + Math.ceil(paging.pages.length / perPage);
  const total = first + paging.pages.length - 1;
  overviewPage(doc, fonts, list, paging.pages, size, printable(title), first);
  indexPages(doc, fonts, paging.pages, size, printable(title), perPage, total);
  const links = continuations(plan, paging);
  paging.pages.forEach((chart, i) => {
    chartPage(doc, fonts, list, chart, size, printable(title), first + i, total, links, first);
  });
  return { data: await doc.save(), pageCount: doc.getPageCount() };
}
