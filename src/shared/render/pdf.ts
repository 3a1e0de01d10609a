/**
 * A chart as a paged PDF (pdf-lib, pure JS, so the CLI and the web build can
 * both make one): page 1 is an overview of the whole chart with the page grid,
 * then an index of the pages, then the chart at a print scale where every
 * card's text is at least 8 pt, cut by pages.ts so no card is cut. Each page
 * names the pages its lines continue on. Text uses the standard Helvetica
 * fonts, so characters outside Windows-1252 print as "?".
 */
import { PDFDocument, StandardFonts, clip, endPath, popGraphicsState, pushGraphicsState, rectangle } from 'pdf-lib';
import { NODE_HEIGHT, NODE_WIDTH, STACK_INDENT } from '../layout/card-size';
import type { Plan } from '../model/types';
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
import { INK_MUTED } from './palette';
import { at, colour, drawItem, header, printable, roundedRect, text, type Fonts, type View } from './pdf-draw';

const INDEX_LINE = 12;
/** The smallest text on a page, in points. */
const SMALL = 8;

const lineBox = (item: DisplayItem): [number, number, number, number] | undefined => {
  if (item.kind !== 'line' && item.kind !== 'polygon') return undefined;
  const xs = item.points.map((p) => p.x);
  const ys = item.points.map((p) => p.y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

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
    const p = at(view, chart);
    page.drawSvgPath(roundedRect(p.x, p.y, chart.width * scale, chart.height * scale, 0), {
      x: 0,
      y: height,
      borderColor: colour('#3b5bdb'),
      borderWidth: 0.6,
      borderDashArray: [3, 2],
    });
    text(page, fonts, String(first + i), p.x + 2, p.y + SMALL + 1, SMALL, true, '#3b5bdb');
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
      const names = [...chart.cards]
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .slice(0, 4)
        .map((c) => c.name);
      const more = chart.cards.length > 4 ? `, and ${chart.cards.length - 4} more` : '';
      text(
        page,
        fonts,
        `p. ${first + start + i}: ${names.join(', ')}${more}`,
        PAGE_MARGIN,
        PAGE_MARGIN + HEADER + (i + 1) * INDEX_LINE,
        9,
      );
    });
  }
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
  const view: View = { x: chart.x, y: chart.y, scale: PRINT_SCALE, left: PAGE_MARGIN, top: PAGE_MARGIN + HEADER };
  // Lines are clipped to the page; cards of this page are whole by construction.
  page.pushOperators(
    pushGraphicsState(),
    rectangle(PAGE_MARGIN, PAGE_MARGIN + FOOTER, chart.width * PRINT_SCALE, chart.height * PRINT_SCALE),
    clip(),
    endPath(),
  );
  for (const item of list.items) {
    const box = lineBox(item);
    if (box === undefined) continue;
    if (box[2] < chart.x || box[0] > chart.x + chart.width || box[3] < chart.y || box[1] > chart.y + chart.height)
      continue;
    drawItem(page, fonts, view, item, true);
  }
  page.pushOperators(popGraphicsState());
  for (const card of chart.cards) {
    for (let i = card.firstItem; i < card.firstItem + card.itemCount; i++)
      drawItem(page, fonts, view, list.items[i] as DisplayItem, true);
    const link = links.get(card.id);
    if (link === undefined) continue;
    const p = at(view, card);
    const pagesText = (set: Set<number>): string =>
      [...set]
        .sort((a, b) => a - b)
        .map((i) => first + i)
        .join(', ');
    if (link.up.size > 0)
      text(
        page,
        fonts,
        `from p. ${pagesText(link.up)}`,
        p.x + NODE_WIDTH * PRINT_SCALE - 60,
        p.y - 2,
        SMALL,
        true,
        '#3b5bdb',
      );
    if (link.down.size > 0)
      text(
        page,
        fonts,
        `continues on p. ${pagesText(link.down)}`,
        p.x + STACK_INDENT * PRINT_SCALE + 6, // right of the trunk that leaves the card
        p.y + NODE_HEIGHT * PRINT_SCALE + SMALL + 1,
        SMALL,
        true,
        '#3b5bdb',
      );
  }
}

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
  const paging = paginate(list, size);
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
