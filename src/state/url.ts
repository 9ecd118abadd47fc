// The shareable part of the state lives in the query string (the map view lives in MapLibre's
// own hash, #map=zoom/lat/lon). Pure functions, tested in Node.
export interface UrlState {
  readonly version: string | null;
  readonly sector: string | null;
  readonly action: string | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const read = (params: URLSearchParams, key: string) => {
  const value = params.get(key);
  return value && ID.test(value) ? value : null;
};

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return { version: read(params, 'version'), sector: read(params, 'sector'), action: read(params, 'action') };
}

/** Rewrites only our keys, keeping any other query parameter the page was opened with. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of ['version', 'sector', 'action'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}
