// The grammar of a shareable link, in one table: for each parameter, how its text is read (a value,
// and what was wrong with it) and written. Parsing a link, reporting its malformed parameters and
// writing the store's state back all go through it, and so does the embed code's address.
import { ID_PATTERN, INSEE_PATTERN } from '../data/ids';
import { COMPARE_MODES, type CompareMode } from './shape/compare';
import { URL_VIEWS, type MalformedKind, type MalformedParam, type UrlState, type UrlView } from './shape/url';

type Problem = { readonly value: string; readonly kind: MalformedKind };
/** What a parameter's text says: its value (null when unreadable) and what was wrong with it. */
type Reading<T> = { readonly value: T | null; readonly problems: readonly Problem[] };
interface ParamGrammar<T> {
  read(raw: string): Reading<T>;
  write(value: T): string;
}

const ok = <T>(value: T): Reading<T> => ({ value, problems: [] });
const bad = (value: string, kind: MalformedKind): Reading<never> => ({ value: null, problems: [{ value, kind }] });
const oneOf = <T extends string>(values: readonly T[], kind: MalformedKind): ParamGrammar<T> => ({
  read: (raw) => (values.includes(raw as T) ? ok(raw as T) : bad(raw, kind)),
  write: (value) => value,
});
const matching = (pattern: RegExp, kind: MalformedKind): ParamGrammar<string> => ({
  read: (raw) => (pattern.test(raw) ? ok(raw) : bad(raw, kind)),
  write: (value) => value,
});

/** `at=lat,lon` in degrees (the order people read coordinates in), kept as [lon, lat]. */
function readAt(raw: string): Reading<readonly [number, number]> {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
  const [lat, lon] = m ? [Number(m[1]), Number(m[2])] : [Number.NaN, Number.NaN];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? ok([lon, lat] as const) : bad(raw, 'at');
}

function readCompare(raw: string): Reading<readonly [string, string]> {
  const pair = raw.split(',');
  if (pair.length !== 2 || !pair.every((p) => ID_PATTERN.test(p))) return bad(raw, 'compare');
  if (pair[0] === pair[1]) return bad(raw, 'compareSame');
  return ok([pair[0]!, pair[1]!] as const);
}

/** `extension=` opens the view with no commune proposed yet; each code that is not one is reported alone. */
function readExtension(raw: string): Reading<readonly string[]> {
  const codes = raw ? raw.split(',') : [];
  return { value: codes.filter((c) => INSEE_PATTERN.test(c)), problems: codes.filter((c) => !INSEE_PATTERN.test(c)).map((value) => ({ value, kind: 'extension' as const })) };
}

const id = matching(ID_PATTERN, 'id');
const list: ParamGrammar<readonly string[]> = { read: readExtension, write: (codes) => codes.join(',') };

/** Every parameter the app reads and writes, in the order it writes them. */
const URL_GRAMMAR: { readonly [K in keyof UrlState]-?: ParamGrammar<NonNullable<UrlState[K]>> } = {
  version: id,
  sector: id,
  action: id,
  at: { read: readAt, write: ([lon, lat]) => `${lat.toFixed(5)},${lon.toFixed(5)}` },
  commune: matching(INSEE_PATTERN, 'commune'),
  view: oneOf<UrlView>(Object.values(URL_VIEWS), 'view'),
  compare: { read: readCompare, write: (pair) => pair.join(',') },
  mode: oneOf<CompareMode>(COMPARE_MODES, 'mode'),
  extension: list,
  embed: oneOf<'1'>(['1'], 'embed'),
};
const KEYS = Object.keys(URL_GRAMMAR) as (keyof UrlState)[];

export const EMPTY_URL_STATE: UrlState = Object.fromEntries(KEYS.map((key) => [key, null])) as unknown as UrlState;

const readParam = (key: keyof UrlState, raw: string): Reading<unknown> => (URL_GRAMMAR[key] as ParamGrammar<unknown>).read(raw);

/** What a link's query string says, each parameter it cannot read left out (malformedParams says why). */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const entries = KEYS.map((key) => {
    const raw = params.get(key);
    return [key, raw === null ? null : readParam(key, raw).value];
  });
  const state = Object.fromEntries(entries) as unknown as UrlState;
  // `?verifier`: the programme team's page, as its notice and the README name it.
  return params.has('verifier') && state.view === null ? { ...state, view: 'verifier' } : state;
}

/** MapLibre's own hash: #map=zoom/lat/lon[/bearing[/pitch]]; anything else is ignored by the map. */
const MAP_HASH = /^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(\/-?\d+(\.\d+)?){0,2}$/;

/** The parameters of a link (query and #map= hash) that parseUrlState could not read. */
export function malformedParams(search: string, hash = ''): MalformedParam[] {
  const params = new URLSearchParams(search);
  const out: MalformedParam[] = KEYS.flatMap((key) => {
    const raw = params.get(key);
    return raw === null ? [] : readParam(key, raw).problems.map((p) => ({ param: key, ...p }));
  });
  const map = new URLSearchParams(hash.replace(/^#/, '')).get('map');
  if (map !== null && !MAP_HASH.test(map)) out.push({ param: 'map', value: map, kind: 'map' });
  return out;
}

/** A query string as people read and paste it: commas left as they are (URLSearchParams writes %2C). */
const readable = (params: URLSearchParams): string => {
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
};

/** Rewrites only the given keys of a query string (all of them for a whole UrlState), keeping any
 * other parameter the page was opened with. */
export function writeUrlState(search: string, state: Partial<UrlState>): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    if (!(key in state)) continue;
    const value = state[key];
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, (URL_GRAMMAR[key] as ParamGrammar<typeof value>).write(value));
  }
  if ('view' in state) {
    params.delete('verifier');
    if (state.view === 'verifier') {
      params.delete('view');
      params.set('verifier', '');
    }
  }
  return readable(params).replace(/([?&])verifier=(&|$)/, '$1verifier$2');
}
