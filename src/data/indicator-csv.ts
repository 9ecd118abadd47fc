// "Importer des indicateurs (CSV)": any table keyed by INSEE code, as officials get them from INSEE
// or the DDT — `;` or `,`, UTF-8 or Windows-1252 (Excel's French export), decimal commas. All or
// nothing: every problem is a code with its line, worded by src/i18n.
import Papa from 'papaparse';
import { INSEE_PATTERN } from './ids';
import { decodeText, separatorOf } from './csv';
import type { ImportedIndicators } from './indicators';

/** Header names taken as the INSEE code column, in this order of preference (case ignored). */
const CODE_COLUMNS = ['codgeo', 'code_insee', 'insee', 'code'] as const;

export type IndicatorCsvProblem =
  | { readonly code: 'csv-empty' }
  | { readonly code: 'csv-no-code-column'; readonly headers: readonly string[] }
  | { readonly code: 'csv-no-indicator' }
  | { readonly code: 'csv-no-territory-row' }
  | { readonly code: 'csv-unknown-code'; readonly line: number; readonly value: string }
  | { readonly code: 'csv-duplicate-code'; readonly line: number; readonly value: string; readonly firstLine: number }
  | { readonly code: 'csv-not-a-number'; readonly line: number; readonly column: string; readonly value: string };

export type IndicatorCsvResult =
  | {
      readonly ok: true;
      readonly value: ImportedIndicators;
      readonly encoding: 'utf-8' | 'windows-1252';
      /** Text columns, not indicators. */
      readonly ignoredColumns: readonly string[];
      /** Rows of communes outside the territory (a national or département file), left aside. */
      readonly otherCommunes: number;
    }
  | { readonly ok: false; readonly problems: readonly IndicatorCsvProblem[] };

/** "1 234,5", "1234.5", "1.234,5" → 1234.5; null when the cell is not a number. */
export function parseNumber(cell: string): number | null {
  let t = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t.includes(',') && t.includes('.')) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Excel drops the leading zero of INSEE codes (01001 → 1001): put it back. */
const normaliseCode = (cell: string) => {
  const t = cell.trim().toUpperCase();
  return /^\d{4}$/.test(t) ? `0${t}` : t;
};

export function readIndicatorCsv(bytes: Uint8Array, source: string, territory: readonly string[]): IndicatorCsvResult {
  const { text, encoding } = decodeText(bytes);
  const body = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: separatorOf(body), skipEmptyLines: false });
  const lines = parsed.data;
  const header = lines[0]?.map((h) => h.trim()) ?? [];
  if (header.length === 0 || header.every((h) => !h)) return { ok: false, problems: [{ code: 'csv-empty' }] };
  const codeIndex = CODE_COLUMNS.map((name) => header.findIndex((h) => h.toLowerCase() === name)).find((i) => i >= 0);
  if (codeIndex === undefined) return { ok: false, problems: [{ code: 'csv-no-code-column', headers: header }] };

  // Data rows with their line number in the file (line 1 is the header).
  const rows = lines
    .slice(1)
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim()));
  const candidates = header.map((name, i) => ({ name, i })).filter((c) => c.i !== codeIndex && c.name);
  // A column is an indicator when most of its filled cells are numbers; the others are text (names…).
  const numeric = candidates.filter((c) => {
    const filled = rows.map((r) => r.cells[c.i] ?? '').filter((v) => v.trim());
    return filled.length > 0 && filled.filter((v) => parseNumber(v) !== null).length * 2 >= filled.length;
  });
  if (numeric.length === 0) return { ok: false, problems: [{ code: 'csv-no-indicator' }] };

  const problems: IndicatorCsvProblem[] = [];
  const seen = new Map<string, number>();
  const values: Record<string, Record<string, number | null>> = {};
  let otherCommunes = 0;
  for (const { line, cells } of rows) {
    const code = normaliseCode(cells[codeIndex] ?? '');
    if (!INSEE_PATTERN.test(code)) {
      problems.push({ code: 'csv-unknown-code', line, value: cells[codeIndex] ?? '' });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ code: 'csv-duplicate-code', line, value: code, firstLine: seen.get(code)! });
      continue;
    }
    seen.set(code, line);
    if (!territory.includes(code)) {
      otherCommunes++;
      continue;
    }
    const row: Record<string, number | null> = {};
    for (const c of numeric) {
      const cell = (cells[c.i] ?? '').trim();
      const n = cell ? parseNumber(cell) : null;
      if (cell && n === null) problems.push({ code: 'csv-not-a-number', line, column: c.name, value: cell });
      row[c.name] = n;
    }
    values[code] = row;
  }
  if (problems.length > 0) return { ok: false, problems };
  if (Object.keys(values).length === 0) return { ok: false, problems: [{ code: 'csv-no-territory-row' }] };
  return {
    ok: true,
    value: { source, columns: numeric.map((c) => c.name), rows: values },
    encoding,
    ignoredColumns: candidates.filter((c) => !numeric.includes(c)).map((c) => c.name),
    otherCommunes,
  };
}
