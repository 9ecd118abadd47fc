// attribute on CSV: `,`, `;` or tab (guessed from the header line), lat/lon in degrees or, as in the
// BAN's address files, Lambert-93 x/y. Whole records only are parsed (a quoted cell may hold
// newlines across chunks); the output keeps the input's columns, order and separator.
import Papa from 'papaparse';
import proj4 from 'proj4';
import { toCsv } from '../data/csv';
import { LAMBERT_93 } from '../geo/lambert-93';
import { ADDED, BATCH, InputError, write, type Attribution, type Run } from './attribute-io';

const toWgs84 = proj4(LAMBERT_93, 'EPSG:4326');

function delimiterOf(firstLine: string): ',' | ';' | '\t' {
  const count = (d: string) => firstLine.split(d).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
}

/** Where the text's last complete record ends: after the last newline outside quotes ("" is an
 * escaped quote, and counts twice, so parity still tells inside from outside). */
function lastRecordEnd(text: string, quotedAtStart: boolean): { end: number; quotedAtEnd: boolean } {
  let quoted = quotedAtStart;
  let end = -1;
  let from = 0;
  for (;;) {
    const q = text.indexOf('"', from);
    const stop = q === -1 ? text.length : q;
    if (!quoted) {
      const nl = text.lastIndexOf('\n', stop - 1);
      if (nl >= from) end = nl + 1;
    }
    if (q === -1) break;
    quoted = !quoted;
    from = q + 1;
  }
  return { end, quotedAtEnd: quoted };
}

export async function attributeCsv({ file, chunks, insideOnly, progress, report }: Run, box: readonly number[], locate: (lon: number, lat: number) => Attribution): Promise<void> {
  let delimiter: ',' | ';' | '\t' | null = null;
  let fields: string[] | null = null;
  let keep: number[] = [];
  let read: (row: string[]) => [number, number] = () => [NaN, NaN];
  let pending: unknown[][] = [];
  let written = false;
  let line = 1;
  const inBox = (lon: number, lat: number) => lon >= box[0]! && lon <= box[2]! && lat >= box[1]! && lat <= box[3]!;

  function setHeader(row: string[]): void {
    fields = row.map((f) => f.trim());
    keep = fields.flatMap((f, i) => ((ADDED as readonly string[]).includes(f) ? [] : [i]));
    pending.push([...keep.map((i) => fields![i]!), ...ADDED]);
    const col = (name: string) => fields!.indexOf(name);
    const [lat, lon, x, y] = [col('lat'), col('lon'), col('x'), col('y')];
    if (lat >= 0 && lon >= 0) {
      read = (r) => {
        const [rawLat, rawLon] = [String(r[lat] ?? '').trim(), String(r[lon] ?? '').trim()];
        // An empty cell is not 0: it is a row without a place.
        if (!rawLat || !rawLon) throw new InputError(`${file} : ligne ${line}, coordonnées manquantes (lat « ${rawLat} », lon « ${rawLon} »).`);
        const [la, lo] = [Number(rawLat.replace(',', '.')), Number(rawLon.replace(',', '.'))];
        if (!Number.isFinite(la) || !Number.isFinite(lo)) throw new InputError(`${file} : ligne ${line}, lat/lon illisibles (« ${r[lat]} », « ${r[lon]} »).`);
        if (Math.abs(la) > 90 || Math.abs(lo) > 180) throw new InputError(`${file} : ligne ${line}, coordonnées hors WGS84 (lat ${r[lat]}, lon ${r[lon]}) : degrés attendus.`);
        if (!inBox(lo, la) && inBox(la, lo))
          throw new InputError(`${file} : ligne ${line}, latitude et longitude semblent inversées (lat ${r[lat]}, lon ${r[lon]}) : corrigez les colonnes « lat » et « lon ».`);
        return [lo, la];
      };
    } else if (x >= 0 && y >= 0) {
      read = (r) => {
        const [rawX, rawY] = [String(r[x] ?? '').trim(), String(r[y] ?? '').trim()];
        if (!rawX || !rawY) throw new InputError(`${file} : ligne ${line}, coordonnées manquantes (x « ${rawX} », y « ${rawY} »).`);
        const [xm, ym] = [Number(rawX.replace(',', '.')), Number(rawY.replace(',', '.'))];
        // Metropolitan France in Lambert-93: x about 100 000–1 250 000 m, y 6 000 000–7 150 000 m.
        if (!(xm > 50_000 && xm < 1_300_000 && ym > 6_000_000 && ym < 7_200_000))
          throw new InputError(`${file} : ligne ${line}, x/y hors Lambert-93 (x ${r[x]}, y ${r[y]}) : mètres en Lambert-93 (EPSG:2154) attendus.`);
        return toWgs84.forward([xm, ym]) as [number, number];
      };
    } else throw new InputError(`${file} : colonnes « lat » et « lon » attendues, ou « x » et « y » en Lambert-93 (trouvées : ${fields.join(', ') || 'aucune'}).`);
  }

  function rows(text: string): void {
    const parsed = Papa.parse<string[]>(text, { delimiter: delimiter!, skipEmptyLines: true });
    for (const row of parsed.data) {
      if (!fields) {
        setHeader(row);
        continue;
      }
      line++;
      const [lon, lat] = read(row);
      const found = locate(lon, lat);
      progress.items++;
      if (insideOnly && found.sector_id === null) continue;
      const cells: unknown[] = keep.map((i) => row[i] ?? '');
      cells.push(found.commune_insee ?? '', found.commune_nom ?? '', found.sector_id ?? '', found.version);
      pending.push(cells);
    }
  }

  async function flush(): Promise<void> {
    if (!pending.length) return;
    // toCsv: the project's one CSV writer (cells a spreadsheet would run as formulas neutralised).
    const text = toCsv(pending, { delimiter: delimiter! });
    pending = [];
    written = true;
    await write(text);
  }

  // Whole records only are parsed; the unfinished end of a chunk waits for the next one.
  let rest = '';
  let quoted = false;
  for await (const chunk of chunks) {
    const text = rest + (chunk as string);
    const { end, quotedAtEnd } = lastRecordEnd(chunk as string, quoted);
    const cut = end === -1 ? -1 : rest.length + end;
    quoted = quotedAtEnd;
    delimiter ??= text.includes('\n') ? delimiterOf(text.slice(0, text.indexOf('\n'))) : null;
    if (cut === -1 || !delimiter) {
      rest = text;
      continue;
    }
    rows(text.slice(0, cut));
    rest = text.slice(cut);
    // Rows of a file wrong from its first lines are never written.
    if (written || pending.length >= BATCH) await flush();
    report.tick();
  }
  delimiter ??= delimiterOf(rest);
  if (rest.trim()) rows(rest);
  if (!fields) throw new InputError(`${file} : fichier vide (ligne d'en-tête attendue).`);
  await flush();
}
