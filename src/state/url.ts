// The shareable part of the state lives in the query string (the map view lives in MapLibre's
// own hash, #map=zoom/lat/lon). Pure functions, tested in Node.
export interface UrlState {
  readonly version: string | null;
  readonly sector: string | null;
  readonly action: string | null;
  /** A place chosen by a resident: `at=lat,lon` (5 decimals, about a metre). */
  readonly at: readonly [lon: number, lat: number] | null;
  readonly commune: string | null;
  readonly view: 'liste' | null;
  /** Two versions to compare: `compare=<idA>,<idB>`, shown as `mode=swipe|cote-a-cote|difference`. */
  readonly compare: readonly [string, string] | null;
  readonly mode: 'swipe' | 'cote-a-cote' | 'difference' | null;
}

export const EMPTY_URL_STATE: UrlState = { version: null, sector: null, action: null, at: null, commune: null, view: null, compare: null, mode: null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INSEE = /^\d[\dAB]\d{3}$/;
const KEYS = ['version', 'sector', 'action', 'at', 'commune', 'view', 'compare', 'mode'] as const;
const MODES = ['swipe', 'cote-a-cote', 'difference'] as const;

function readAt(value: string | null): readonly [number, number] | null {
  const m = value ? /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value) : null;
  if (!m) return null;
  const [lat, lon] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const id = (key: string) => {
    const value = params.get(key);
    return value && ID.test(value) ? value : null;
  };
  const commune = params.get('commune');
  const pair = (params.get('compare') ?? '').split(',');
  const mode = params.get('mode');
  return {
    compare: pair.length === 2 && pair.every((p) => ID.test(p)) && pair[0] !== pair[1] ? [pair[0]!, pair[1]!] : null,
    mode: MODES.includes(mode as (typeof MODES)[number]) ? (mode as (typeof MODES)[number]) : null,
    version: id('version'),
    sector: id('sector'),
    action: id('action'),
    at: readAt(params.get('at')),
    commune: commune && INSEE.test(commune) ? commune : null,
    view: params.get('view') === 'liste' ? 'liste' : null,
  };
}

/** Rewrites only our keys, keeping any other query parameter the page was opened with. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = state[key];
    if (value === null) params.delete(key);
    else if (key === 'at') {
      const [lon, lat] = value as readonly [number, number];
      params.set(key, `${lat.toFixed(5)},${lon.toFixed(5)}`);
    } else if (key === 'compare') params.set(key, (value as readonly string[]).join(','));
    else params.set(key, value as string);
  }
  const out = params.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}
