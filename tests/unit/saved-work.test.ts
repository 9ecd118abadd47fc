// The store reaches the browser's storage, the contours and the language memory only through its
// injected services: what it asks of them, and what a person then sees.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/state/drafts';
import type { SetAside } from '../../src/data/set-aside';
import { FRENCH_DRAFT, projectData, sharedContours, testStore } from './helpers';

const data = projectData();

function fakeStorage(saved: { drafts: Draft[]; setAside: SetAside[] }) {
  const calls: string[] = [];
  const written: (readonly Draft[])[] = [];
  return {
    calls,
    written,
    port: {
      loadDrafts: async () => ({ ok: true as const, value: saved }),
      saveDrafts: async (drafts: readonly Draft[], deleted: readonly Draft[]) => {
        written.push(drafts);
        if (deleted.length) calls.push(`delete ${deleted.map((d) => d.meta.id).join(',')}`);
        return { ok: true as const, value: { taken: [] } };
      },
      onDraftsChanged: () => {},
      persist: async () => 'granted' as const,
      discardSetAside: async (key: string) => {
        calls.push(`discard ${key}`);
        return { ok: true as const, value: true as const };
      },
      loadIndicators: async () => ({ ok: true as const, value: null }),
      saveIndicators: async () => ({ ok: true as const, value: true as const }),
    },
  };
}

describe('saved work (drafts kept in the browser)', () => {
  it('merges the saved drafts with one made before they arrived, saves both, and saves every change after', async () => {
    const sectors = data.sectorsByVersion['2024-avenant']!;
    const old: Draft = { meta: { ...data.versions[0]!, id: 'brouillon-1', label: 'Ancien', etat: 'projet' }, sectors };
    const storage = fakeStorage({ drafts: [old], setAside: [{ key: 'k1', name: 'brouillon-9', at: '2026-11-29T10:00:00Z', raw: 42 }] });
    const store = testStore(data, { services: { savedWork: storage.port } });
    store.getState().createDraft('2024-avenant', FRENCH_DRAFT); // made before the saved ones arrive
    await store.getState().loadSavedWork();
    expect(store.getState().drafts.map((d) => d.meta.id)).toEqual(['brouillon-1', 'brouillon-2']);
    // Only this tab's draft is written: the one read from storage is not written back over a later save.
    expect(storage.written.at(-1)?.map((d) => d.meta.id)).toEqual(['brouillon-2']);
    expect(store.getState().notices.map((n) => n.key)).toContain('draft.setAsideNotice');
    store.getState().deleteDraft('brouillon-1');
    expect(storage.written.at(-1)?.map((d) => d.meta.id)).toEqual(['brouillon-2']);
    store.getState().discardSetAside('k1');
    // The deletion is this tab's: only that draft is deleted from storage.
    expect(storage.calls).toEqual(['delete brouillon-1', 'discard k1']);
    expect(store.getState().setAside).toEqual([]);
  });

  it('says so when the drafts cannot be read, and saves nothing over them', async () => {
    const written: unknown[] = [];
    const store = testStore(data, {
      services: {
        savedWork: {
          loadDrafts: async () => ({ ok: false as const, reason: 'unavailable', message: 'stockage du navigateur indisponible' }),
          saveDrafts: async (d) => {
            written.push(d);
            return { ok: true as const, value: { taken: [] } };
          },
          onDraftsChanged: () => {},
          persist: async () => 'granted' as const,
          discardSetAside: async () => ({ ok: true as const, value: true as const }),
          loadIndicators: async () => ({ ok: true as const, value: null }),
          saveIndicators: async () => ({ ok: true as const, value: true as const }),
        },
      },
    });
    await store.getState().loadSavedWork();
    expect(store.getState().notices).toContainEqual(expect.objectContaining({ key: 'draft.loadFailed', failure: 'unavailable' }));
    expect(written).toEqual([]);
  });
});

describe('contours and language through the services', () => {
  it('indexes the contours it is given, and says why when they fail', async () => {
    const contours = sharedContours();
    const ready = testStore(data, { services: { loadContours: async () => ({ ok: true, value: { contours, from: 'cache' } }) } });
    await ready.getState().loadContours();
    const state = ready.getState().contours;
    expect(state.status === 'ready' && [state.from, state.index.areas.length]).toEqual(['cache', 8]);
    const failed = testStore(data, { services: { loadContours: async () => ({ ok: false, reason: 'timeout', message: 'geo.api.gouv.fr n’a pas répondu' }) } });
    await failed.getState().loadContours();
    expect(failed.getState().contours).toEqual({ status: 'failed', reason: 'timeout' });
  });

  it('remembers the language chosen', () => {
    const remembered: string[] = [];
    const store = testStore(data, { services: { rememberLang: (lang) => remembered.push(lang) } });
    store.getState().setLang('en');
    expect(remembered).toEqual(['en']);
  });
});

describe('polygon operations handed to the store', () => {
  it('places an action that is an area by a point inside it until they arrive (after the first paint in the browser), exactly after', async () => {
    const { placements } = await import('../../src/state/versions');
    const { polygonOps } = await import('../../src/geo/polygon-shares');
    const store = testStore(data);
    const area = data.actions.features.find((a) => a.properties.id === 'reconversion-friches')!;
    expect(area.geometry.type).not.toBe('Point');
    const before = placements(store.getState());
    expect(before['reconversion-friches']?.sectorId).toBe('friches-industrielles');
    expect(placements(store.getState())['parvis-gare']?.sectorId).toBe('gare'); // points need none
    store.getState().setPolygonOps(polygonOps);
    // Computed again, exactly (its largest share of surface), with the same answer here.
    expect(placements(store.getState())).not.toBe(before);
    expect(placements(store.getState())['reconversion-friches']?.sectorId).toBe('friches-industrielles');
  });
});
