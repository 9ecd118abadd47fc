// The COPIL sheet as a PDF made in the browser with jsPDF (loaded only when a sheet is asked for):
// A4 landscape, the map picture at print resolution with its labels, legend, scale bar and north,
// the panel's table, sources and credits. Text stays text (selectable, searchable).
import { jsPDF } from 'jspdf';
import type { MapCapture } from '../../state/shape/map-ports';
import type { SheetContent, SheetLabels } from './content';
import { scaleBar } from '../../geo/scale-bar';

/** The 14 standard PDF fonts are WinAnsi: thin spaces (French thousands) and arrows are not in it. */
const winAnsi = (text: string): string =>
  text
    .replace(/[\u202f\u2009\u2007]/g, '\u00a0')
    .replace(/→/g, '->')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=');

const PAGE = { w: 297, h: 210, margin: 10 };
function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function sheetPdf(content: SheetContent, capture: MapCapture | null, labels: SheetLabels): Blob {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  doc.setProperties({ title: winAnsi(`${content.title} — ${content.subtitle}`), subject: winAnsi(content.subtitle), creator: 'Carte ORT' });
  const { margin } = PAGE;
  const text = (s: string, x: number, y: number, options?: Parameters<jsPDF['text']>[3]) => doc.text(winAnsi(s), x, y, options);
  doc.setFont('helvetica', 'bold').setFontSize(15);
  text(content.title, margin, 15);
  doc.setFont('helvetica', 'normal').setFontSize(11);
  text(content.subtitle, margin, 22);
  doc.setFontSize(9);
  text(labels.date, PAGE.w - margin, 15, { align: 'right' });

  // The map, left, at most 150 × 130 mm, keeping its proportions.
  const top = 27;
  let mapW = 150;
  let mapH = 0;
  if (capture) {
    mapH = (mapW * capture.heightPx) / capture.widthPx;
    if (mapH > 130) [mapW, mapH] = [(130 * capture.widthPx) / capture.heightPx, 130];
    doc.addImage(capture.image, 'JPEG', margin, top, mapW, mapH, undefined, 'FAST');
    doc.setDrawColor(120, 120, 120).rect(margin, top, mapW, mapH);
    doc.setFontSize(7).setTextColor(40, 40, 40);
    for (const l of capture.labels) {
      doc.setFont('helvetica', l.kind === 'sector' ? 'bold' : 'normal');
      text(l.text, margin + l.x * mapW, top + l.y * mapH, { align: 'center', baseline: 'middle' });
    }
    doc.setFont('helvetica', 'normal').setTextColor(0, 0, 0);
    // North: the map may be rotated by its bearing.
    const [cx, cy] = [margin + mapW - 7, top + 9];
    const angle = (-capture.bearing * Math.PI) / 180;
    const tip = [cx + 5 * Math.sin(angle), cy - 5 * Math.cos(angle)] as const;
    doc.setFillColor(255, 255, 255).circle(cx, cy, 6, 'F');
    doc
      .setDrawColor(0, 0, 0)
      .setLineWidth(0.6)
      .line(cx - 5 * Math.sin(angle), cy + 5 * Math.cos(angle), tip[0], tip[1]);
    doc.setFillColor(0, 0, 0).triangle(tip[0], tip[1], tip[0] - 1.5, tip[1] + 2.5, tip[0] + 1.5, tip[1] + 2.5, 'F');
    doc.setFontSize(8);
    text(labels.north, cx + 2.5, cy + 1);
    // Scale bar under the map.
    const bar = scaleBar(capture, mapW, 40);
    const y = top + mapH + 5;
    doc.setLineWidth(0.8).line(margin, y, margin + bar.mm, y);
    doc
      .setLineWidth(0.3)
      .line(margin, y - 1.5, margin, y + 1.5)
      .line(margin + bar.mm, y - 1.5, margin + bar.mm, y + 1.5);
    doc.setFontSize(8);
    text(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`, margin + bar.mm + 2, y + 1);
    doc.setFontSize(6).setTextColor(90, 90, 90);
    text(labels.mapAlt, margin, y + 5);
    doc.setTextColor(0, 0, 0);
  }
  // What moved since the last COPIL, under the map (up to four lines); without a map, with the notes.
  if (content.moved && capture) {
    doc.setFont('helvetica', 'bold').setFontSize(8);
    const lines = doc.splitTextToSize(winAnsi(content.moved), mapW) as string[];
    doc.text(lines.slice(0, 4), margin, top + mapH + 16);
    doc.setFont('helvetica', 'normal');
  }

  // Right column: legend, then the panel's table and notes.
  const x = capture ? margin + mapW + 8 : margin;
  const width = PAGE.w - margin - x;
  let y = top + 3;
  doc.setFont('helvetica', 'bold').setFontSize(10);
  text(labels.legend, x, y);
  doc.setFont('helvetica', 'normal').setFontSize(8);
  y += 5;
  for (const item of content.legend) {
    const [r, g, b] = hexToRgb(item.color);
    if (item.shape === 'line')
      doc
        .setDrawColor(r, g, b)
        .setLineWidth(0.6)
        .line(x, y - 1, x + 5, y - 1);
    else if (item.shape === 'dot') doc.setFillColor(r, g, b).circle(x + 2, y - 1, 1.5, 'F');
    else doc.setFillColor(r, g, b).rect(x, y - 3, 5, 3.5, 'F');
    text(item.label, x + 7, y);
    y += 4.5;
  }

  // The table: every row, each cell wrapped in full; past the foot of the page, it goes on to a
  // new page (full width), its heading and column names said again.
  const sourcesTop = PAGE.h - margin - content.sources.length * 3.4 - 6;
  let bottom = sourcesTop;
  let left = x;
  let across = width;
  const LINE = 3.1;
  const columns = () => {
    const n = content.table.columns.length;
    const first = Math.min(across * 0.42, (across / n) * 2);
    const others = (across - first) / Math.max(1, n - 1);
    return content.table.columns.map((_, i) => ({ x: left + (i === 0 ? 0 : first + (i - 1) * others), w: (i === 0 ? first : others) - 1.5 }));
  };
  let cols = columns();
  const wrap = (cell: string, w: number) => doc.splitTextToSize(winAnsi(cell), w) as string[];
  const newPage = () => {
    doc.addPage('a4', 'landscape');
    left = margin;
    across = PAGE.w - 2 * margin;
    bottom = PAGE.h - margin;
    cols = columns();
    y = margin + 5;
  };
  const head = (heading: string) => {
    doc.setFont('helvetica', 'bold').setFontSize(10);
    doc.text(wrap(heading, across), left, y);
    y += 5;
    doc.setFontSize(7.5);
    const cells = content.table.columns.map((c, i) => wrap(c, cols[i]!.w));
    for (const [i, lines] of cells.entries()) doc.text(lines, cols[i]!.x, y);
    y += (Math.max(...cells.map((l) => l.length)) - 1) * LINE;
    doc
      .setDrawColor(150)
      .setLineWidth(0.2)
      .line(left, y + 1.2, left + across, y + 1.2);
    doc.setFont('helvetica', 'normal');
    y += 1.2;
  };
  y += 3;
  head(content.table.heading);
  for (const row of content.table.rows) {
    doc.setFontSize(7.5);
    const layout = () => {
      const cells = row.map((cell, i) => wrap(cell, cols[i]!.w));
      return { cells, height: Math.max(...cells.map((l) => l.length)) * LINE + 1.2 };
    };
    let { cells, height } = layout();
    if (y + height > bottom) {
      newPage();
      head(labels.continued);
      doc.setFontSize(7.5);
      ({ cells, height } = layout());
    }
    y += LINE + 0.6;
    for (const [i, lines] of cells.entries()) doc.text(lines, cols[i]!.x, y);
    y += height - LINE - 0.6;
  }
  doc.setFontSize(7);
  for (const note of [...(content.moved && !capture ? [content.moved] : []), ...content.notes]) {
    const lines = wrap(note, across);
    if (y + 4 + lines.length * 3 > bottom) newPage();
    y += 4;
    doc.text(lines, left, y);
    y += (lines.length - 1) * 3;
  }

  // Sources and credits, at the foot of the first page.
  doc.setPage(1);
  let foot = PAGE.h - margin - content.sources.length * 3.4;
  doc.setFont('helvetica', 'bold').setFontSize(8);
  text(labels.sources, margin, foot - 1.5);
  doc.setFont('helvetica', 'normal').setFontSize(7);
  for (const source of content.sources) {
    foot += 3.4;
    text(source, margin, foot);
  }
  return doc.output('blob');
}
