// geodata/suivi.csv: the programme's action table as the team keeps it in a spreadsheet (Excel,
// LibreOffice, Grist), the source of each action's tracking fields; actions.geojson keeps the
// geometry and the long texts, joined by `id`. Read as people write it (`;` or `,`, UTF-8 with or
// without BOM or Windows-1252, French labels or codes, French dates and amounts), all or nothing:
// every problem is a code with its line and column, worded by src/i18n.
import Papa from 'papaparse';
import { decodeText, separatorOf, toCsv } from './csv';
import { parseNumber } from './indicator-csv';
import { ID_PATTERN } from './ids';
import type { AXES, PORTEUR_TYPES, STATUSES } from './vocabulary';
import type { ActionCollection, ActionGeoCollection, ActionProperties } from './schemas';

export const SUIVI_FILE = 'suivi.csv';

/** The table as published now (services/suivi-table.ts): its bytes, and their SHA-256 in hex (null
 * where the browser gives no digest: a page served over plain http). */
export interface PublishedTable {
  readonly bytes: Uint8Array;
  readonly sha256: string | null;
}

/** The table's columns, in the order the download writes them. */
const SUIVI_COLUMNS = ['id', 'titre', 'axe', 'statut', 'depuis', 'budget', 'financement', 'debut', 'fin', 'porteur', 'type_porteur'] as const;
type Column = (typeof SUIVI_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['id', 'titre', 'axe', 'statut', 'depuis', 'budget', 'porteur', 'type_porteur'];
/** Cells that may not be empty (the others: empty = unknown). */
const REQUIRED_CELLS: readonly Column[] = ['id', 'titre', 'axe', 'statut', 'porteur', 'type_porteur'];

/** The words the team writes in the table (French, as in the UI), beside the codes. */
const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = { programmee: 'Programmée', etude: 'En étude', 'en-cours': 'En cours', realisee: 'Réalisée' };
const AXIS_LABELS: Record<(typeof AXES)[number], string> = {
  'habitat-logement': 'Habitat – Logement',
  commerce: 'Commerce',
  amenagements: 'Aménagements',
  mobilite: 'Mobilité',
};
const PORTEUR_LABELS: Record<(typeof PORTEUR_TYPES)[number], string> = { commune: 'Commune', cc: 'Communauté de communes', partenaire: 'Partenaire' };

/** The tracking fields of one action, as the table gives them. */
type SuiviRecord = Pick<ActionProperties, 'id' | 'titre' | 'axe' | 'statut' | 'depuis' | 'budget' | 'financement' | 'debut' | 'fin' | 'porteur'>;
export interface SuiviRow {
  readonly line: number;
  readonly record: SuiviRecord;
}

/** What a value of a column must look like, when it does not. */
type SuiviExpected = 'statut' | 'axe' | 'type_porteur' | 'day' | 'partial-date' | 'budget' | 'id';

export type SuiviProblem =
  | { readonly code: 'suivi-empty' }
  | { readonly code: 'suivi-not-csv'; readonly kind: 'workbook' | 'html' | 'binary' }
  | { readonly code: 'suivi-missing-columns'; readonly columns: readonly string[]; readonly headers: readonly string[] }
  | { readonly code: 'suivi-bad-value'; readonly line: number; readonly column: string; readonly value: string; readonly expected: SuiviExpected }
  | { readonly code: 'suivi-empty-cell'; readonly line: number; readonly column: string }
  | { readonly code: 'suivi-formula'; readonly line: number; readonly column: string; readonly value: string }
  | { readonly code: 'suivi-duplicate-id'; readonly line: number; readonly id: string; readonly firstLine: number }
  /** A row whose id has no action in actions.geojson (no place on the map). */
  | { readonly code: 'suivi-unknown-id'; readonly line: number; readonly id: string }
  /** An action of actions.geojson with no row in the table. */
  | { readonly code: 'suivi-missing-action'; readonly id: string };

export type SuiviRead =
  | { readonly ok: true; readonly rows: readonly SuiviRow[]; readonly encoding: 'utf-8' | 'windows-1252' }
  | { readonly ok: false; readonly problems: readonly SuiviProblem[] };

/** "Type de porteur", "début", "Budget (€)" → type_de_porteur, debut, budget: how headers are matched. */
const headerKey = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const HEADER_ALIASES: Readonly<Record<string, Column>> = {
  intitule: 'titre',
  action: 'titre',
  statut_depuis: 'depuis',
  date_statut: 'depuis',
  budget_eur: 'budget',
  budget_euros: 'budget',
  type_de_porteur: 'type_porteur',
  porteur_type: 'type_porteur',
  date_debut: 'debut',
  date_fin: 'fin',
};
const columnOf = (header: string): Column | null => {
  const key = headerKey(header);
  return (SUIVI_COLUMNS as readonly string[]).includes(key) ? (key as Column) : (HEADER_ALIASES[key] ?? null);
};

/** A label or a code, matched without case, accents or spaces: « en cours », « En Cours », en-cours. */
const wordKey = (s: string) => headerKey(s).replace(/_/g, '');
function vocabularyOf<C extends string>(labels: Record<C, string>, extra: Readonly<Record<string, C>> = {}): (cell: string) => C | null {
  const table = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    table.set(wordKey(code), code);
    table.set(wordKey(label), code);
  }
  for (const [word, code] of Object.entries(extra)) table.set(wordKey(word), code);
  return (cell) => table.get(wordKey(cell)) ?? null;
}
const statusOf = vocabularyOf(STATUS_LABELS);
const axisOf = vocabularyOf(AXIS_LABELS, { habitat: 'habitat-logement', logement: 'habitat-logement', amenagement: 'amenagements', 'espaces publics': 'amenagements' });
const porteurTypeOf = vocabularyOf(PORTEUR_LABELS, { 'communauté de communes du pays des écrins': 'cc', intercommunalité: 'cc', epci: 'cc' });

const validDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, '0');

/** JJ/MM/AAAA or AAAA-MM-JJ → AAAA-MM-JJ; with `partial`, also AAAA, MM/AAAA and AAAA-MM. */
export function parseTableDate(cell: string, partial: boolean): string | null {
  const t = cell.trim();
  let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return validDay(+m[3]!, +m[2]!, +m[1]!) ? `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}` : null;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? t : null;
  if (!partial) return null;
  if (/^\d{4}$/.test(t)) return t;
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return +m[1]! >= 1 && +m[1]! <= 12 ? `${m[2]}-${pad(+m[1]!)}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? t : null;
  return null;
}

/** "350 000", "350 000 €", "350000,00", "350000.00 EUR" → 350000; null when not an amount. */
export function parseBudget(cell: string): number | null {
  const n = parseNumber(cell.replace(/€|eur(os)?/gi, ''));
  return n !== null && n >= 0 ? n : null;
}

/** A cell a spreadsheet would run as a formula; the leading apostrophe our own export adds is not one. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && cell.trim() !== '-' && parseNumber(cell) === null;
const unquote = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function notCsv(text: string): SuiviProblem | null {
  // A workbook (.xlsx, .ods: a zip; .xls: OLE) renamed .csv; a web page is what a private Grist or
  // spreadsheet link gives instead of its CSV.
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\u00d0\u00cf\u0011\u00e0')) return { code: 'suivi-not-csv', kind: 'workbook' };
  if (text.slice(0, 4096).includes('\u0000')) return { code: 'suivi-not-csv', kind: 'binary' };
  if (/^\s*<(!doctype|html|\?xml)/i.test(text)) return { code: 'suivi-not-csv', kind: 'html' };
  return null;
}

/** Reads the table (its bytes, or text already decoded): every row's tracking fields, or every problem (nothing half read). */
export function readSuiviTable(input: Uint8Array | string): SuiviRead {
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeText(input);
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) return { ok: false, problems: [{ code: 'suivi-empty' }] };
  const wrong = notCsv(body);
  if (wrong) return { ok: false, problems: [wrong] };
  const lines = Papa.parse<string[]>(body, { delimiter: separatorOf(body), skipEmptyLines: false }).data;
  const headers = (lines[0] ?? []).map((h) => h.trim());
  const index = new Map<Column, number>();
  headers.forEach((h, i) => {
    const column = columnOf(h);
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, problems: [{ code: 'suivi-missing-columns', columns: missing, headers }] };

  const problems: SuiviProblem[] = [];
  const rows: SuiviRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (!cells.some((c) => c.trim())) return;
    const before = problems.length;
    // A formula cell is named once and read as empty; the row's other cells are still checked.
    const formulas = new Set<Column>();
    const cell = (column: Column): string => {
      const at = index.get(column);
      const raw = at === undefined ? '' : (cells[at] ?? '');
      if (!isFormula(raw)) return unquote(raw).trim();
      formulas.add(column);
      problems.push({ code: 'suivi-formula', line, column: headers[at!]!, value: raw });
      return '';
    };
    const values = Object.fromEntries(SUIVI_COLUMNS.map((c) => [c, cell(c)])) as Record<Column, string>;
    const header = (column: Column) => headers[index.get(column)!]!;
    const bad = (column: Column, expected: SuiviExpected) => problems.push({ code: 'suivi-bad-value', line, column: header(column), value: values[column], expected });
    const empty = REQUIRED_CELLS.find((c) => !values[c] && !formulas.has(c));
    if (empty) problems.push({ code: 'suivi-empty-cell', line, column: header(empty) });
    /** A closed list's code from the cell, or null (said once, for a cell that is filled). */
    const listed = <C>(column: Column, of: (cell: string) => C | null): C | null => {
      const code = values[column] ? of(values[column]) : null;
      if (values[column] && code === null) bad(column, column as SuiviExpected);
      return code;
    };
    if (values.id && !ID_PATTERN.test(values.id)) bad('id', 'id');
    const statut = listed('statut', statusOf);
    const axe = listed('axe', axisOf);
    const porteurType = listed('type_porteur', porteurTypeOf);
    const date = (column: 'depuis' | 'debut' | 'fin', partial: boolean) => {
      if (!values[column]) return null;
      const d = parseTableDate(values[column], partial);
      if (!d) bad(column, partial ? 'partial-date' : 'day');
      return d;
    };
    const depuis = date('depuis', false);
    const debut = date('debut', true);
    const fin = date('fin', true);
    const budget = values.budget ? parseBudget(values.budget) : null;
    if (values.budget && budget === null) bad('budget', 'budget');
    const first = seen.get(values.id);
    if (first !== undefined && values.id) problems.push({ code: 'suivi-duplicate-id', line, id: values.id, firstLine: first });
    else if (values.id) seen.set(values.id, line);
    if (problems.length > before || !statut || !axe || !porteurType) return;
    rows.push({
      line,
      record: {
        id: values.id,
        titre: values.titre,
        axe,
        statut,
        depuis,
        budget,
        financement: values.financement || null,
        debut,
        fin,
        porteur: { type: porteurType, nom: values.porteur },
      },
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, encoding };
}

export type SuiviJoin = { readonly ok: true; readonly actions: ActionCollection } | { readonly ok: false; readonly problems: readonly SuiviProblem[] };

/** The actions of actions.geojson with their tracking fields from the table: every action in both, or the problems. */
export function joinSuivi(geo: ActionGeoCollection, rows: readonly SuiviRow[]): SuiviJoin {
  const byId = new Map(rows.map((r) => [r.record.id, r]));
  const known = new Set(geo.features.map((f) => f.properties.id));
  const problems: SuiviProblem[] = [
    ...rows.filter((r) => !known.has(r.record.id)).map((r): SuiviProblem => ({ code: 'suivi-unknown-id', line: r.line, id: r.record.id })),
    ...geo.features.filter((f) => !byId.has(f.properties.id)).map((f): SuiviProblem => ({ code: 'suivi-missing-action', id: f.properties.id })),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    actions: { type: 'FeatureCollection', features: geo.features.map((f) => ({ ...f, properties: { ...f.properties, ...byId.get(f.properties.id)!.record } })) },
  };
}

const tableDate = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

/** The table as Excel and LibreOffice open it as it is: UTF-8 with BOM, `;`, CRLF, French words and dates. */
export function writeSuiviTable(actions: ActionCollection): string {
  const rows = actions.features.map(({ properties: p }) => [
    p.id,
    p.titre,
    AXIS_LABELS[p.axe],
    STATUS_LABELS[p.statut],
    tableDate(p.depuis),
    p.budget === null ? '' : String(p.budget).replace('.', ','),
    p.financement ?? '',
    tableDate(p.debut),
    tableDate(p.fin),
    p.porteur.nom,
    PORTEUR_LABELS[p.porteur.type],
  ]);
  return `\ufeff${toCsv([[...SUIVI_COLUMNS], ...rows], { delimiter: ';', newline: '\r\n' })}`;
}
