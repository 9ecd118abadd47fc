// Writing and reading the CSV files the project exchanges with spreadsheets.
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP "CSV injection"); numbers, negative ones included, are left as they are. */
function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) && !NUMBER.test(value.trim()) ? `'${value}` : value;
}

/** Papa.unparse with every cell neutralised: the only way the project writes CSV (`,` and LF unless told). */
export function toCsv(rows: readonly (readonly unknown[])[], options: { readonly delimiter?: string; readonly newline?: '\n' | '\r\n' } = {}): string {
  const newline = options.newline ?? '\n';
  return `${Papa.unparse(rows.map((row) => row.map(neutraliseCell)) as unknown[][], { ...options, newline })}${newline}`;
}

/** The separator of a table: the most frequent of ; , and tab on its header line. */
export function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return [';', ',', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, œ, ’, «…). Some runtimes (Node without
// full ICU) decode "windows-1252" as Latin-1, so these 32 code points are mapped here.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes to text; a single-byte code, so any slice of a file decodes on its own. */
export function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** Text as Windows-1252, one character per byte (what byte-per-character writers such as the
 * shapefile's dbf expect); a character Windows-1252 cannot hold becomes « ? ». */
export function cp1252Chars(text: string): string {
  return Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return c;
    const high = CP1252_80_9F.indexOf(c);
    return high >= 0 ? String.fromCharCode(0x80 + high) : '?';
  }).join('');
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes in French). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}
