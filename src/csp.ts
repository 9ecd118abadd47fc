// The Content-Security-Policy the built app runs under, written once: vite.config.ts puts it in
// dist/_headers (static hosts that read that file), in a <meta> tag of dist/index.html, and on the
// preview server the browser tests use; the README's nginx snippet is checked against it.
// No 'unsafe-eval', no inline script; styles set from scripts go through the CSSOM (allowed).
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MapLibre's worker is a file of the build; blob: for the workers some browsers spawn from it.
  "worker-src 'self' blob:",
  "style-src 'self'",
  // Map captures and sprites are data:/blob: images; IGN serves the basemap sprites and tiles.
  "img-src 'self' data: blob: https://data.geopf.fr",
  // Official services: commune contours (geo.api.gouv.fr), basemap style and tiles, geocoder (IGN Géoplateforme).
  "connect-src 'self' https://geo.api.gouv.fr https://data.geopf.fr",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** The policy of a build whose action table is published elsewhere (territory.json `suivi.url`):
 * that address's origin is added to connect-src, and nothing else. */
export function contentSecurityPolicy(tableUrl?: string): string {
  if (!tableUrl) return CONTENT_SECURITY_POLICY;
  const origin = new URL(tableUrl).origin;
  return POLICY.map((d) => (d.startsWith('connect-src ') ? `${d} ${origin}` : d)).join('; ');
}

/** Headers for every file of the build (Netlify/Cloudflare Pages `_headers` format). */
export function staticHeaders(policy: string = CONTENT_SECURITY_POLICY): Readonly<Record<string, string>> {
  return { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };
}

/** The action table is asked again at each visit (the browser may keep it, but revalidates it). */
export const TABLE_HEADERS: Readonly<Record<string, string>> = { 'Cache-Control': 'no-cache', 'Content-Type': 'text/csv' };
