// The Content-Security-Policy the built app runs under, written once: vite.config.ts puts it in
// dist/_headers (static hosts that read that file), in a <meta> tag of dist/index.html, and on the
// preview server the browser tests use; the README's nginx snippet is checked against it.
// No 'unsafe-eval', no inline script; styles set from scripts go through the CSSOM (allowed).
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');

/** Headers for every file of the build (Netlify/Cloudflare Pages `_headers` format). */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
