import { describe, expect, it } from 'vitest';
import { createAppStore, urlStateOf } from '../../src/state/store';
import { parseUrlState, writeUrlState } from '../../src/state/url';
import { actionsInSector, introducedBy, shownActions } from '../../src/state/selectors';
import { indexCommunes } from '../../src/geo/commune-of';
import { EPCI_INSEE, projectData, sharedContours } from './helpers';

const data = projectData();
const withContours = () => {
  const store = createAppStore(data);
  const contours = sharedContours();
  store.getState().setContours({ status: 'ready', contours, index: indexCommunes(contours, EPCI_INSEE), from: 'network' });
  return store;
};
const STATION: [number, number] = [6.5561, 44.7911];

describe('store', () => {
  it('starts on the version in force with nothing selected', () => {
    const s = createAppStore(data).getState();
    expect(s.versionId).toBe('2024-avenant');
    expect(s.selection).toEqual({ kind: 'none' });
    expect(urlStateOf(s)).toEqual({ version: '2024-avenant', sector: null, action: null });
  });

  it('a click on the station selects gare in 2024, and is outside (in 05006) in 2023', () => {
    const store = withContours();
    store.getState().clickAt(STATION);
    expect(store.getState().selection).toEqual({ kind: 'sector', id: 'gare' });
    store.getState().selectVersion('2023-convention');
    // gare does not exist in 2023: the selection cannot stay.
    expect(store.getState().selection).toEqual({ kind: 'none' });
    store.getState().clickAt(STATION);
    const sel = store.getState().selection;
    expect(sel.kind).toBe('outside');
    expect(sel.kind === 'outside' && sel.commune?.insee).toBe('05006');
  });

  it('an outside click without contours leaves the commune unknown', () => {
    const store = createAppStore(data);
    store.getState().clickAt([6.6, 44.75]);
    expect(store.getState().selection).toEqual({ kind: 'outside', lngLat: [6.6, 44.75], commune: null });
  });

  it('an outside selection is recomputed when the contours arrive', () => {
    const store = createAppStore(data);
    store.getState().clickAt([6.58, 44.7495]);
    const contours = sharedContours();
    store.getState().setContours({ status: 'ready', contours, index: indexCommunes(contours, EPCI_INSEE), from: 'network' });
    const sel = store.getState().selection;
    expect(sel.kind === 'outside' && sel.commune?.insee).toBe('05122');
  });

  it('selecting an action puts its computed sector in the URL state', () => {
    const store = withContours();
    store.getState().selectAction('parvis-gare');
    expect(urlStateOf(store.getState())).toEqual({ version: '2024-avenant', sector: 'gare', action: 'parvis-gare' });
    store.getState().selectVersion('2023-convention');
    expect(urlStateOf(store.getState())).toEqual({ version: '2023-convention', sector: null, action: 'parvis-gare' });
  });

  it('filters by axis and status, keeping the closed lists ordered', () => {
    const store = createAppStore(data);
    store.getState().toggleAxis('mobilite');
    expect(shownActions(store.getState()).some((a) => a.properties.axe === 'mobilite')).toBe(false);
    store.getState().toggleStatus('etude');
    expect(shownActions(store.getState()).every((a) => a.properties.statut !== 'etude')).toBe(true);
    store.getState().toggleAxis('mobilite');
    expect(store.getState().axes).toEqual(['habitat-logement', 'commerce', 'amenagements', 'mobilite']);
  });

  it('computes the actions of a sector from geometry, per version', () => {
    const store = createAppStore(data);
    expect(actionsInSector(store.getState(), 'gare').map((a) => a.properties.id).sort()).toEqual(['logements-neufs', 'parvis-gare', 'pole-echanges-gare']);
    store.getState().selectVersion('2023-convention');
    expect(actionsInSector(store.getState(), 'gare')).toEqual([]);
    expect(introducedBy(data, 'gare')?.id).toBe('2024-avenant');
    expect(introducedBy(data, 'centre-bourg')?.id).toBe('2023-convention');
  });

  it('falls back to the neutral basemap only for the basemap that failed', () => {
    const store = createAppStore(data);
    store.getState().basemapFailed('ortho');
    expect(store.getState().basemap).toEqual({ choice: 'plan-ign', failed: null });
    store.getState().basemapFailed('plan-ign');
    expect(store.getState().basemap).toEqual({ choice: 'neutral', failed: 'plan-ign' });
  });
});

describe('URL state', () => {
  it('parses version, sector and action, ignoring malformed ids', () => {
    expect(parseUrlState('?version=2023-convention&sector=gare&action=parvis-gare')).toEqual({ version: '2023-convention', sector: 'gare', action: 'parvis-gare' });
    expect(parseUrlState('?sector=<script>&version=')).toEqual({ version: null, sector: null, action: null });
  });

  it('writes only its own keys and keeps the others', () => {
    expect(writeUrlState('?utm_source=bulletin&sector=x', { version: '2024-avenant', sector: 'gare', action: null })).toBe('?utm_source=bulletin&sector=gare&version=2024-avenant');
    expect(writeUrlState('?sector=gare', { version: null, sector: null, action: null })).toBe('');
  });

  it('a shared link restores version and selection, and reports what does not exist', () => {
    const store = createAppStore(data);
    store.getState().applyUrl(parseUrlState('?version=2023-convention&sector=centre-bourg'));
    expect([store.getState().versionId, store.getState().selection]).toEqual(['2023-convention', { kind: 'sector', id: 'centre-bourg' }]);

    const other = createAppStore(data);
    other.getState().applyUrl(parseUrlState('?version=2019-projet&sector=gare'));
    expect(other.getState().versionId).toBe('2024-avenant');
    expect(other.getState().selection).toEqual({ kind: 'sector', id: 'gare' });
    expect(other.getState().notices.map((n) => [n.key, n.params])).toEqual([['link.unknownVersion', { id: '2019-projet' }]]);

    const third = createAppStore(data);
    third.getState().applyUrl(parseUrlState('?version=2023-convention&sector=gare'));
    expect(third.getState().selection).toEqual({ kind: 'none' });
    expect(third.getState().notices[0]?.key).toBe('link.unknownSector');
  });
});
