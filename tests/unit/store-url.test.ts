import { describe, expect, it, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '../../src/state/lookup';
import { urlStateOf } from '../../src/state/url';
import { EMPTY_URL_STATE, malformedParams, parseUrlState, writeUrlState } from '../../src/state/url-grammar';
import { actionsInSector, communeAt } from '../../src/state/selectors';
import { pointAnswers } from '../../src/state/point-answers';
import { introducedBy } from '../../src/state/versions';
import { shownActions } from '../../src/state/filters';
import { indexCommunes } from '../../src/geo/commune-of';
import { EPCI_INSEE, projectData, sharedContours, STATION_LNGLAT, storeWithContours, testStore } from './helpers';

const data = projectData();
const withContours = () => storeWithContours(data);

describe('store', () => {
  it('starts on the version in force with nothing selected', () => {
    const s = testStore(data).getState();
    expect(s.versionId).toBe('2024-avenant');
    expect(s.selection).toEqual({ kind: 'none' });
    expect(urlStateOf(s)).toEqual({ ...EMPTY_URL_STATE, version: '2024-avenant' });
  });

  it('a click on the station selects gare in 2024, and is outside (in 05006) in 2023', () => {
    const store = withContours();
    store.getState().clickAt(STATION_LNGLAT);
    expect(store.getState().selection).toEqual({ kind: 'sector', id: 'gare', at: STATION_LNGLAT });
    store.getState().selectVersion('2023-convention');
    // gare does not exist in 2023: the selection cannot stay.
    expect(store.getState().selection).toEqual({ kind: 'none' });
    store.getState().clickAt(STATION_LNGLAT);
    const s = store.getState();
    expect(s.selection).toEqual({ kind: 'point', lngLat: STATION_LNGLAT, label: null });
    expect(communeAt(s, STATION_LNGLAT)?.insee).toBe('05006');
    expect(pointAnswers(s, STATION_LNGLAT).map((a) => [a.version.id, a.answer.sectorId])).toEqual([
      ['2023-convention', null],
      ['2024-avenant', 'gare'],
    ]);
  });

  it('an outside click without contours leaves the commune unknown, then names it when they arrive', () => {
    const store = testStore(data);
    store.getState().clickAt([6.58, 44.7495]);
    expect(store.getState().selection).toEqual({ kind: 'point', lngLat: [6.58, 44.7495], label: null });
    expect(communeAt(store.getState(), [6.58, 44.7495])).toBeNull();
    const contours = sharedContours();
    store.getState().setContours({ status: 'ready', contours, index: indexCommunes(contours, EPCI_INSEE), from: 'network' });
    expect(communeAt(store.getState(), [6.58, 44.7495])?.insee).toBe('05122');
  });

  it('selecting an action puts its computed sector in the URL state', () => {
    const store = withContours();
    store.getState().selectAction('parvis-gare');
    expect(urlStateOf(store.getState())).toEqual({ ...EMPTY_URL_STATE, version: '2024-avenant', sector: 'gare', action: 'parvis-gare' });
    store.getState().selectVersion('2023-convention');
    expect(urlStateOf(store.getState())).toEqual({ ...EMPTY_URL_STATE, version: '2023-convention', sector: null, action: 'parvis-gare' });
  });

  it('filters by axis and status, keeping the closed lists ordered', () => {
    const store = testStore(data);
    store.getState().toggleAxis('mobilite');
    expect(shownActions(store.getState()).some((a) => a.properties.axe === 'mobilite')).toBe(false);
    store.getState().toggleStatus('etude');
    expect(shownActions(store.getState()).every((a) => a.properties.statut !== 'etude')).toBe(true);
    store.getState().toggleAxis('mobilite');
    expect(store.getState().axes).toEqual(['habitat-logement', 'commerce', 'amenagements', 'mobilite']);
  });

  it('computes the actions of a sector from geometry, per version', () => {
    const store = testStore(data);
    expect(
      actionsInSector(store.getState(), 'gare')
        .map((a) => a.properties.id)
        .sort(),
    ).toEqual(['logements-neufs', 'parvis-gare', 'pole-echanges-gare']);
    store.getState().selectVersion('2023-convention');
    expect(actionsInSector(store.getState(), 'gare')).toEqual([]);
    expect(introducedBy(data, 'gare')?.id).toBe('2024-avenant');
    expect(introducedBy(data, 'centre-bourg')?.id).toBe('2023-convention');
  });

  it('falls back to the neutral basemap only for the basemap that failed', () => {
    const store = testStore(data);
    store.getState().basemapFailed('ortho');
    expect(store.getState().basemap).toEqual({ choice: 'plan-ign', failed: null });
    store.getState().basemapFailed('plan-ign');
    expect(store.getState().basemap).toEqual({ choice: 'neutral', failed: 'plan-ign' });
  });
});

describe('search and locate (services injected, as recorded)', () => {
  const address = { label: "Place de la Gare 05120 L'Argentière-la-Bessée", lngLat: [6.556112, 44.791098] as [number, number], citycode: '05006' };

  it('asks for addresses after 3 characters and a pause, aborting the previous request', async () => {
    vi.useFakeTimers();
    const calls: { query: string; signal: AbortSignal; citycodes: readonly string[] }[] = [];
    const store = testStore(data, {
      services: {
        searchAddresses: async (query, citycodes, signal) => {
          calls.push({ query, signal, citycodes });
          return { ok: true, value: [address] };
        },
        locate: async () => ({ ok: true, value: STATION_LNGLAT }),
      },
    });
    store.getState().setQuery('pl');
    expect(store.getState().search.status).toBe('idle');
    store.getState().setQuery('place de la');
    store.getState().setQuery('place de la gare');
    expect(store.getState().search.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(calls.map((c) => c.query)).toEqual(['place de la gare']);
    expect([...calls[0]!.citycodes].sort()).toEqual([...EPCI_INSEE].sort());
    expect(store.getState().search).toEqual({ status: 'done', query: 'place de la gare', addresses: [address] });
    // Coordinates are not sent to the geocoder.
    store.getState().setQuery('44.7911, 6.5561');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(calls).toHaveLength(1);
    vi.useRealTimers();
  });

  it('keeps the failure message when the geocoder fails', async () => {
    vi.useFakeTimers();
    const store = testStore(data, {
      services: {
        searchAddresses: async () => ({ ok: false, reason: 'network', message: 'Impossible de joindre le service' }),
        locate: async () => ({ ok: true, value: STATION_LNGLAT }),
      },
    });
    store.getState().setQuery('rue de la gare');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
    expect(store.getState().search).toMatchObject({ status: 'failed', reason: 'network' });
    vi.useRealTimers();
  });

  it('locates the device, or says why not', async () => {
    const ok = testStore(data, { services: { searchAddresses: async () => ({ ok: true, value: [] }), locate: async () => ({ ok: true, value: STATION_LNGLAT }) } });
    await ok.getState().locateMe();
    expect(ok.getState().selection).toEqual({ kind: 'point', lngLat: STATION_LNGLAT, label: null });
    const denied = testStore(data, {
      services: { searchAddresses: async () => ({ ok: true, value: [] }), locate: async () => ({ ok: false, reason: 'denied', message: 'refusée' }) },
    });
    await denied.getState().locateMe();
    expect(denied.getState().locate).toEqual({ status: 'failed', reason: 'denied' });
  });
});

describe('URL state', () => {
  it('parses version, sector and action, ignoring malformed ids', () => {
    expect(parseUrlState('?version=2023-convention&sector=gare&action=parvis-gare')).toEqual({
      ...EMPTY_URL_STATE,
      version: '2023-convention',
      sector: 'gare',
      action: 'parvis-gare',
    });
    expect(parseUrlState('?sector=<script>&version=&at=abc&commune=75056x&view=carte')).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState('?at=44.7911,6.5561&commune=05031&view=liste')).toEqual({ ...EMPTY_URL_STATE, at: [6.5561, 44.7911], commune: '05031', view: 'liste' });
    expect(parseUrlState('?at=144.7911,6.5561').at).toBeNull();
  });

  it('reads and writes a comparison (compare=<idA>,<idB>&mode=…)', () => {
    expect(parseUrlState('?compare=2023-convention,2024-avenant&mode=swipe')).toEqual({ ...EMPTY_URL_STATE, compare: ['2023-convention', '2024-avenant'], mode: 'swipe' });
    expect(parseUrlState('?compare=2023-convention&mode=loupe')).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState('?compare=a,a').compare).toBeNull();
    const store = testStore(data);
    store.getState().applyUrl(parseUrlState('?compare=2023-convention,2024-avenant'));
    expect(store.getState().compare).toEqual({ a: '2023-convention', b: '2024-avenant', mode: 'difference' });
    expect(writeUrlState('', urlStateOf(store.getState()))).toBe('?version=2024-avenant&compare=2023-convention,2024-avenant&mode=difference');
    const unknown = testStore(data);
    unknown.getState().applyUrl(parseUrlState('?compare=2023-convention,brouillon-9'));
    expect([unknown.getState().compare, unknown.getState().notices[0]?.params]).toEqual([null, { id: 'brouillon-9' }]);
  });

  it('writes only its own keys and keeps the others', () => {
    expect(writeUrlState('?utm_source=bulletin&sector=x', { ...EMPTY_URL_STATE, version: '2024-avenant', sector: 'gare' })).toBe(
      '?utm_source=bulletin&sector=gare&version=2024-avenant',
    );
    expect(writeUrlState('?sector=gare', EMPTY_URL_STATE)).toBe('');
    expect(writeUrlState('', { ...EMPTY_URL_STATE, at: [6.5561, 44.7911], view: 'liste' })).toBe('?at=44.79110,6.55610&view=liste');
  });

  it('a shared link restores version and selection, and reports what does not exist', () => {
    const store = testStore(data);
    store.getState().applyUrl(parseUrlState('?version=2023-convention&sector=centre-bourg'));
    expect([store.getState().versionId, store.getState().selection]).toEqual(['2023-convention', { kind: 'sector', id: 'centre-bourg' }]);

    const other = testStore(data);
    other.getState().applyUrl(parseUrlState('?version=2019-projet&sector=gare'));
    expect(other.getState().versionId).toBe('2024-avenant');
    expect(other.getState().selection).toEqual({ kind: 'sector', id: 'gare' });
    expect(other.getState().notices.map((n) => [n.key, n.params])).toEqual([['link.unknownVersion', { id: '2019-projet' }]]);

    const point = testStore(data);
    point.getState().applyUrl(parseUrlState('?at=44.79110,6.55610&view=liste'));
    expect([point.getState().selection, point.getState().view]).toEqual([{ kind: 'point', lngLat: [6.5561, 44.7911], label: null }, 'list']);
    expect(writeUrlState('', urlStateOf(point.getState()))).toBe('?version=2024-avenant&at=44.79110,6.55610&view=liste');

    const third = testStore(data);
    third.getState().applyUrl(parseUrlState('?version=2023-convention&sector=gare'));
    expect(third.getState().selection).toEqual({ kind: 'none' });
    expect(third.getState().notices[0]?.key).toBe('link.unknownSector');
  });
});

describe('the link grammar (one table parses, reports and writes)', () => {
  // Texts a parameter may carry, well-formed or not, for every parameter.
  const samples = [
    '',
    '1',
    '0',
    'gare',
    'Gare',
    '2024-avenant',
    '<script>',
    '05006',
    '2A004',
    '75056x',
    'liste',
    'carte',
    'swipe',
    'loupe',
    '44.7911,6.5561',
    '144.7911,6.5561',
    'abc',
    'a,b',
    'a,a',
    '05110,zz',
    '05110,05031',
  ];
  const keys = Object.keys(EMPTY_URL_STATE) as (keyof typeof EMPTY_URL_STATE)[];

  it('reports a parameter exactly when it cannot read all of it', () => {
    for (const key of keys)
      for (const value of samples) {
        const search = `?${key}=${encodeURIComponent(value)}`;
        const read = parseUrlState(search)[key];
        const reported = malformedParams(search).length > 0;
        // A list keeps its readable members and reports the others; any other parameter is read whole or not at all.
        if (key === 'extension') expect({ key, value, reported }).toEqual({ key, value, reported: value.split(',').some((c) => c !== '' && !/^\d[\dAB]\d{3}$/.test(c)) });
        else expect({ key, value, read: read !== null, reported }).toEqual({ key, value, read: !reported, reported });
      }
  });

  it('reads back what it writes', () => {
    const state = {
      ...EMPTY_URL_STATE,
      version: '2024-avenant',
      action: 'parvis-gare',
      at: [6.5561, 44.7911] as const,
      view: 'programme' as const,
      compare: ['2023-convention', '2024-avenant'] as const,
      mode: 'swipe' as const,
      extension: ['05110', '05031'],
      embed: '1' as const,
    };
    expect(parseUrlState(writeUrlState('?utm_source=bulletin', state))).toEqual(state);
    expect(malformedParams(writeUrlState('', state))).toEqual([]);
  });
});
