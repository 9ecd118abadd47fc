import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fetchCommuneContours, officialCommunesUrl } from '../../src/services/communes';

const OFFICIAL_COMMUNES_URL = officialCommunesUrl('240500462');
import { fetchJson } from '../../src/services/fetch-json';
import { fixture } from './helpers';

// A reply in the shape geo.api.gouv.fr gives (properties and nesting as recorded; small synthetic geometry).
const recorded = readFileSync(fixture('in/geo-api-communes-reply.json'), 'utf8');
const stubFetch = (impl: (url: string, init?: RequestInit) => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(impl));
afterEach(() => vi.unstubAllGlobals());

describe('official commune contours', () => {
  it('asks the geo API for the EPCI contours', () => {
    expect(OFFICIAL_COMMUNES_URL).toBe('https://geo.api.gouv.fr/epcis/240500462/communes?format=geojson&geometry=contour&fields=nom,code,centre');
  });

  it('parses a recorded reply', async () => {
    stubFetch(async () => new Response(recorded, { status: 200, headers: { 'content-type': 'application/json' } }));
    const r = await fetchCommuneContours(OFFICIAL_COMMUNES_URL);
    expect(r.ok && r.value.features.map((f) => [f.properties.code, f.geometry.type])).toEqual([
      ['05006', 'Polygon'],
      ['05101', 'MultiPolygon'],
    ]);
  });

  it.each([
    ['an HTTP error', async () => new Response('oops', { status: 503 }), 'http', /erreur HTTP 503/],
    ['a non-JSON reply', async () => new Response('<html>', { status: 200 }), 'not-json', /pas du JSON lisible/],
    [
      'a reply of the wrong shape',
      async () => new Response(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { nom: 'X' }, geometry: null }] }), { status: 200 }),
      'invalid',
      /n'a pas la forme attendue/,
    ],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'network', /Impossible de joindre le service/],
  ] as const)('turns %s into a named reason and a French message', async (_label, impl, reason, message) => {
    stubFetch(impl);
    const r = await fetchCommuneContours(OFFICIAL_COMMUNES_URL);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message).toMatch(message);
    }
  });

  it('gives up after its timeout, and tells a caller abort apart', async () => {
    const hang = (_url: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    stubFetch(hang);
    const slow = await fetchJson('https://example.invalid/x', z.object({}), { what: 'le test', timeoutMs: 30 });
    expect(!slow.ok && [slow.reason, slow.message]).toEqual(['timeout', "Le service n'a pas répondu à temps pour le test (0 s)."]);
    const controller = new AbortController();
    const pending = fetchJson('https://example.invalid/x', z.object({}), { what: 'le test', signal: controller.signal });
    controller.abort();
    const aborted = await pending;
    expect(!aborted.ok && aborted.reason).toBe('aborted');
  });
});

describe('Plan IGN style', () => {
  it('adds the IGN credit to every source of the style', async () => {
    const { fetchPlanIgnStyle, IGN_ATTRIBUTION } = await import('../../src/services/basemap-style');
    const style = { version: 8, sources: { plan: { type: 'vector', url: 'https://data.geopf.fr/tms/1.0.0/PLAN.IGN/metadata.json' } }, layers: [{ id: 'bg', type: 'background' }] };
    stubFetch(async () => new Response(JSON.stringify(style), { status: 200 }));
    const r = await fetchPlanIgnStyle();
    expect(r.ok && r.value.sources.plan).toEqual({ attribution: IGN_ATTRIBUTION, type: 'vector', url: 'https://data.geopf.fr/tms/1.0.0/PLAN.IGN/metadata.json' });
  });
});

describe('address search (IGN Géoplateforme)', () => {
  const reply = readFileSync(fixture('recorded/geopf-geocodage-search-gare.json'), 'utf8');
  const EPCI = ['05006', '05101', '05151', '05122', '05180', '05110', '05058', '05031'];

  it('queries data.geopf.fr (never api-adresse.data.gouv.fr) restricted to the EPCI communes', async () => {
    const { geocoderUrl } = await import('../../src/services/geocoder');
    const url = new URL(geocoderUrl("place de la gare l'argentière", EPCI));
    expect(url.origin + url.pathname).toBe('https://data.geopf.fr/geocodage/search');
    expect(url.searchParams.get('q')).toBe("place de la gare l'argentière");
    expect(url.searchParams.get('citycode')).toBe(EPCI.join(','));
    expect(url.searchParams.get('index')).toBe('address');
  });

  it('parses a recorded reply and drops results outside the EPCI', async () => {
    const { searchAddresses } = await import('../../src/services/geocoder');
    stubFetch(async () => new Response(reply, { status: 200 }));
    const r = await searchAddresses('place de la gare', EPCI);
    expect(r.ok && r.value.map((h) => [h.label, h.citycode])).toEqual([
      ["Place de la Gare 05120 L'Argentière-la-Bessée", '05006'],
      ["Avenue de la Gare 05120 L'Argentière-la-Bessée", '05006'],
    ]);
    expect(r.ok && r.value[0]!.lngLat).toEqual([6.556112, 44.791098]);
  });

  it('rejects a malformed reply with a French message', async () => {
    const { searchAddresses } = await import('../../src/services/geocoder');
    const broken = JSON.parse(reply);
    delete broken.features[0].properties.citycode;
    stubFetch(async () => new Response(JSON.stringify(broken), { status: 200 }));
    const r = await searchAddresses('place de la gare', EPCI);
    expect(!r.ok && r.reason).toBe('invalid');
    expect(!r.ok && r.message).toMatch(/la recherche d’adresse n'a pas la forme attendue \(features\.0\.properties\.citycode/);
  });

  it('reports a rate-limit refusal in words', async () => {
    const { searchAddresses } = await import('../../src/services/geocoder');
    stubFetch(async () => new Response('Too Many Requests', { status: 429 }));
    const r = await searchAddresses('place de la gare', EPCI);
    expect(!r.ok && r.message).toBe('Le service a refusé la recherche d’adresse (erreur HTTP 429).');
  });
});
