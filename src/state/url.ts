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
}

export const EMPTY_URL_STATE: UrlState = { version: null, sector: null, action: null, at: null, commune: null, view: null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INSEE = /^\d[\dAB]\d{3}$/;
const KEYS = ['version', 'sector', 'action', 'at', 'commune', 'view'] as const;

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
  return {
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
    } else params.set(key, value as string);
  }
  const out = params.toString().replace(/%2C/g, ',');
  return out ? `?${out}` : '';
}
