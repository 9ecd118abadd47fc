// The store's rooms: undo/redo history, notices (one per unknown id), memoized selectors that do
// not run Turf again when unrelated state changes, and problems worded in the UI's language.
import { loadLang } from '../../src/i18n';
import { describe, expect, it, vi, beforeAll } from 'vitest';
import { canStep, emptyHistory, record, step, type History } from '../../src/state/history';
import { parseUrlState } from '../../src/state/url-grammar';
import { actionsInSector, territoryWords } from '../../src/state/selectors';
import { pointAnswers } from '../../src/state/point-answers';
import { draftProblems } from '../../src/state/draft-checks';
import { placements, placementsNeedPolygonOps, versionSectors } from '../../src/state/versions';
import { polygonOps } from '../../src/geo/polygon-shares';
import { area, bbox, bboxPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { SectorFeature } from '../../src/data/schemas';
import { readPerimeterFile, importSectors } from '../../src/geo/import-sectors';
import { geoProblemText, importProblemText } from '../../src/i18n/problems';
import { BOW_TIE_SECTOR, FRENCH_DRAFT, LINE_FEATURE, projectData, STATION_LNGLAT, testStore } from './helpers';
import * as pointAnswer from '../../src/geo/point-answer';
import * as validate from '../../src/geo/validate-sectors';

// English is loaded on demand in the app; these tests read it.
beforeAll(() => loadLang('en'));

vi.mock('../../src/geo/point-answer', async (original) => {
  const real = await original<typeof import('../../src/geo/point-answer')>();
  return { ...real, answerAt: vi.fn(real.answerAt) };
});
vi.mock('../../src/geo/validate-sectors', async (original) => {
  const real = await original<typeof import('../../src/geo/validate-sectors')>();
  return { ...real, validateSectors: vi.fn(real.validateSectors) };
});

const data = projectData();

describe('history (pure undo/redo)', () => {
  it('records, undoes and redoes, and forgets the future on a new edit', () => {
    let h: History<string> = emptyHistory();
    h = record(h, 'a'); // a → b
    h = record(h, 'b'); // b → c
    expect(h).toEqual({ past: ['a', 'b'], future: [] });
    const back = step(h, 'c', 'undo')!;
    expect(back).toEqual({ present: 'b', history: { past: ['a'], future: ['c'] } });
    const again = step(back.history, back.present, 'redo')!;
    expect(again).toEqual({ present: 'c', history: { past: ['a', 'b'], future: [] } });
    const edited = record(back.history, back.present); // b → d: c can no longer be redone
    expect(edited).toEqual({ past: ['a', 'b'], future: [] });
  });

  it('has nothing to undo or redo at the ends', () => {
    const h = emptyHistory<string>();
    expect([step(h, 'x', 'undo'), step(h, 'x', 'redo'), canStep(h, 'undo'), canStep(undefined, 'redo')]).toEqual([null, null, false, false]);
    expect(canStep(record(h, 'x'), 'undo')).toBe(true);
  });

  it('keeps at most the given number of steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 5; i++) h = record(h, i, 3);
    expect(h.past).toEqual([2, 3, 4]);
  });
});

describe('notices', () => {
  it('reports each unknown id of a link in its own notice', () => {
    const store = testStore(data);
    store.getState().applyUrl(parseUrlState('?version=nope-a&action=nope-b&commune=05999'));
    expect(store.getState().notices.map((n) => [n.key, n.params?.id])).toEqual([
      ['link.unknownVersion', 'nope-a'],
      ['link.unknownAction', 'nope-b'],
      ['link.unknownCommune', '05999'],
    ]);
    expect(new Set(store.getState().notices.map((n) => n.id)).size).toBe(3);
  });

  it('reports both unknown versions of a comparison', () => {
    const store = testStore(data);
    store.getState().applyUrl(parseUrlState('?compare=brouillon-8,brouillon-9'));
    expect(store.getState().notices.map((n) => n.params?.id)).toEqual(['brouillon-8', 'brouillon-9']);
  });

  it('a dismissed notice stays dismissed until it happens again', () => {
    const store = testStore(data);
    store.getState().notify({ id: 'drafts', key: 'draft.loadFailed', params: { reason: 'x' }, tone: 'warning' });
    store.getState().dismissNotice('drafts');
    expect([store.getState().notices, store.getState().dismissed]).toEqual([[], ['drafts']]);
    store.getState().notify({ id: 'drafts', key: 'draft.loadFailed', params: { reason: 'y' }, tone: 'warning' });
    expect([store.getState().notices.length, store.getState().dismissed]).toEqual([1, []]);
  });
});

describe('memoized selectors', () => {
  it('typing in the search box does not recompute the point answer or the draft problems', () => {
    const store = testStore(data);
    const draftId = store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    store.getState().selectPoint(STATION_LNGLAT);
    const at = () => (store.getState().selection as { lngLat: readonly [number, number] }).lngLat;
    const answers = pointAnswers(store.getState(), at());
    const problems = draftProblems(store.getState(), draftId);
    vi.mocked(pointAnswer.answerAt).mockClear();
    vi.mocked(validate.validateSectors).mockClear();

    for (const text of ['p', 'pl', 'pla', 'place de la gare']) {
      store.getState().setQuery(text);
      expect(pointAnswers(store.getState(), at())).toBe(answers);
      expect(draftProblems(store.getState(), draftId)).toBe(problems);
    }
    expect(vi.mocked(pointAnswer.answerAt)).not.toHaveBeenCalled();
    expect(vi.mocked(validate.validateSectors)).not.toHaveBeenCalled();
    // The spies do see a real computation: another place is answered afresh.
    store.getState().selectPoint([6.56, 44.7953]);
    expect(pointAnswers(store.getState(), at())).not.toBe(answers);
    expect(vi.mocked(pointAnswer.answerAt)).toHaveBeenCalled();
  });

  it('recomputes when what they depend on changes', () => {
    const store = testStore(data);
    const draftId = store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    const before = draftProblems(store.getState(), draftId);
    const sectors = versionSectors(store.getState(), draftId)!;
    store.getState().editDraft(draftId, { ...sectors, features: sectors.features.map((f) => ({ ...f, properties: { ...f.properties, nom: '' } })) });
    const after = draftProblems(store.getState(), draftId);
    expect(after).not.toBe(before);
    expect(after.map((p) => p.problem.code)).toEqual(['empty-name', 'empty-name', 'empty-name']);
  });

  it('keeps the placements of actions until the version or the contours change', () => {
    const store = testStore(data);
    const first = placements(store.getState());
    store.getState().toggleAxis('commerce');
    store.getState().setQuery('gare');
    expect(placements(store.getState())).toBe(first);
    expect(actionsInSector(store.getState(), 'gare')).toBe(actionsInSector(store.getState(), 'gare'));
    store.getState().selectVersion('2023-convention');
    expect(placements(store.getState())).not.toBe(first);
    expect(actionsInSector(store.getState(), 'gare')).toEqual([]);
  });

  it('asks for the polygon operations only when an action area meets an outline of the version shown', () => {
    const store = testStore(data);
    // The project's two areas lie inside one sector each: placed without them.
    expect(placementsNeedPolygonOps(store.getState())).toBe(false);
    const friche = data.actions.features.find((a) => a.properties.id === 'reconversion-friches')!;
    const [w, s, e, n] = bbox(friche);
    // A draft of two sectors, split across the friche: 30 % of it to the west, 70 % to the east.
    const cut = w + (e - w) * 0.3;
    const westBox = bboxPolygon([w - 0.001, s - 0.001, cut, n + 0.001]);
    const eastBox = bboxPolygon([cut, s - 0.001, e + 0.001, n + 0.001]);
    const sector = (id: string, box: typeof westBox) => ({
      type: 'Feature' as const,
      properties: { id, nom: id, description: '', provenance: 'indicatif' as const },
      geometry: box.geometry as SectorFeature['geometry'],
    });
    store.getState().addDraft(FRENCH_DRAFT, { type: 'FeatureCollection', features: [sector('ouest', westBox), sector('est', eastBox)] });
    expect(placementsNeedPolygonOps(store.getState())).toBe(true);
    store.getState().setPolygonOps(polygonOps);
    expect(placementsNeedPolygonOps(store.getState())).toBe(false);
    // With them, the sector holding most of its surface (Turf's own intersection, here).
    const shareIn = (box: typeof westBox) => {
      const common = intersect(featureCollection([box, feature(friche.geometry as Polygon)]));
      return common ? area(common) : 0;
    };
    const expected = shareIn(westBox) > shareIn(eastBox) ? 'ouest' : 'est';
    expect(placements(store.getState())['reconversion-friches']?.sectorId).toBe(expected);
  });
});

describe('problems in the UI’s language', () => {
  const bow = {
    type: 'FeatureCollection',
    features: [BOW_TIE_SECTOR, LINE_FEATURE],
  };

  it('words import problems in English or French', () => {
    const parsed = readPerimeterFile(JSON.stringify(bow));
    if (!parsed.ok) throw new Error('should parse');
    const result = importSectors(parsed, data.territory.bbox, null);
    if (result.ok) throw new Error('should be rejected');
    expect(result.problems.map((p) => importProblemText('en', p))).toEqual([
      'feature no. 2 (ligne): LineString geometry, a Polygon or MultiPolygon is expected',
      'sector “noeud”: exterior ring crosses itself near 44.79100 N, 6.56100 E',
    ]);
    expect(result.problems.map((p) => importProblemText('fr', p))).toEqual([
      'élément n° 2 (ligne) : géométrie LineString, un Polygon ou MultiPolygon est attendu',
      'secteur « noeud » : contour extérieur se recoupe lui-même près de 44.79100 N, 6.56100 E',
    ]);
    const notJson = readPerimeterFile('coucou');
    expect(!notJson.ok && importProblemText('en', notJson.problems[0]!)).toMatch(/^unreadable file: this is not JSON/);
  });

  it('words draft problems in English, with English numbers', () => {
    const store = testStore(data);
    const id = store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    const s = versionSectors(store.getState(), id)!;
    const gare = s.features.find((f) => f.properties.id === 'gare')!;
    store.getState().editDraft(id, { ...s, features: s.features.map((f) => (f.properties.id === 'centre-bourg' ? { ...f, geometry: gare.geometry } : f)) });
    const overlap = draftProblems(store.getState(), id).find((p) => p.problem.code === 'overlap')!;
    expect(geoProblemText('en', overlap.problem)).toMatch(/^overlaps sector “gare” over 18\.2\d? ha: a place can belong to one sector only$/);
    expect(geoProblemText('fr', overlap.problem)).toMatch(/^chevauche le secteur « gare » sur 18,2\d? ha/);
  });
});

describe('embed code', async () => {
  const { embedCode, embedUrl } = await import('../../src/ui/embed');
  it('is an absolute https address with embed=1, keeping the view or not', () => {
    const page = 'http://carte.example.org/ort/?version=2024-avenant&sector=gare#map=15/44.79/6.556';
    expect(embedUrl(page, true)).toBe('https://carte.example.org/ort/?version=2024-avenant&sector=gare&embed=1#map=15/44.79/6.556');
    expect(embedUrl(page, false)).toBe('https://carte.example.org/ort/?embed=1');
  });
  it('gives the iframe a title, a size and lazy loading, with attributes escaped', () => {
    expect(embedCode({ src: 'https://x.org/?a=1&embed=1', title: 'Carte "ORT"', width: null, height: 600 })).toBe(
      '<iframe src="https://x.org/?a=1&amp;embed=1" title="Carte &quot;ORT&quot;" width="100%" height="600" loading="lazy" style="border:0" allow="geolocation; clipboard-write"></iframe>',
    );
  });
});

describe('malformed link parameters', () => {
  it('each gets its own notice naming the parameter and what was expected, long values cut', async () => {
    const { malformedParams } = await import('../../src/state/url-grammar');
    const { translate } = await import('../../src/i18n');
    const search = `?at=abc&compare=2024-avenant&mode=xyz&view=carte&sector=${'x'.repeat(6000)}&commune=75056x&extension=05110,zz`;
    const store = testStore(data);
    store.getState().applyUrl(parseUrlState(search), malformedParams(search, '#map=n/importe/quoi'));
    const words = territoryWords(store.getState());
    const texts = store.getState().notices.map((n) => translate('fr', n.key, { ...words, ...n.params }));
    expect([...texts].sort()).toEqual(
      [
        // A well-formed id, unknown: named, cut to 40 characters.
        `Lien : le secteur « ${'x'.repeat(39)}… » n’existe pas dans cette version.`,
        'Lien : le paramètre « at » vaut « abc » ; attendu : latitude,longitude en degrés (ex. 44.79530,6.56000).',
        'Lien : le paramètre « commune » vaut « 75056x » ; attendu : un code INSEE à 5 caractères (ex. 05006).',
        'Lien : le paramètre « compare » vaut « 2024-avenant » ; attendu : deux identifiants de version séparés par une virgule (ex. 2023-convention,2024-avenant).',
        'Lien : le paramètre « mode » vaut « xyz » ; attendu : swipe (balayage), cote-a-cote (côte à côte) ou difference (différence). Affichage « Différence » utilisé.',
        'Lien : le paramètre « extension » contient « zz » ; attendu : des codes INSEE séparés par des virgules (ex. 05006,05101).',
        'Lien : le paramètre « view » vaut « carte » ; attendu : liste, programme ou accessibilite. Carte affichée.',
        'Lien : le paramètre « map » vaut « n/importe/quoi » ; attendu : zoom/latitude/longitude (ex. 15/44.7953/6.5600). Vue par défaut utilisée.',
      ].sort(),
    );
    expect(malformedParams('?at=999,999')).toEqual([{ param: 'at', value: '999,999', kind: 'at' }]);
    expect(malformedParams('?compare=2024-avenant,2024-avenant')).toEqual([{ param: 'compare', value: '2024-avenant,2024-avenant', kind: 'compareSame' }]);
    expect(malformedParams('?version=2024-avenant&at=44.79110,6.55610', '#map=15/44.7935/6.5585')).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('the README’s nginx snippet sends the policy of src/csp.ts, without unsafe-eval', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../src/csp');
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./helpers');
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

describe('packed outlines (worker to page)', () => {
  it('round-trips polygons and multipolygons, altitude included', async () => {
    const { packArea, unpackArea } = await import('../../src/geo/packed-geometry');
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [6.55, 44.79],
          [6.56, 44.79],
          [6.56, 44.8],
          [6.55, 44.79],
        ],
        [
          [6.552, 44.792],
          [6.553, 44.793],
          [6.554, 44.792],
          [6.552, 44.792],
        ],
      ],
    };
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [0, 0, 1],
            [1, 0, 2],
            [1, 1, 3],
            [0, 0, 1],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    };
    expect(unpackArea(packArea(polygon))).toEqual(polygon);
    expect(unpackArea(packArea(multi))).toEqual(multi); // each ring keeps its own dimensions
    expect(packArea(polygon).coords).toBeInstanceOf(Float64Array);
  });
});

describe('saved drafts arriving after the first paint', () => {
  it('come first; a draft made meanwhile keeps its sectors under a free id and stays shown', () => {
    const earlier = testStore(data);
    const savedId = earlier.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    const saved = earlier.getState().drafts;
    const store = testStore(data);
    const madeId = store.getState().createDraft('2023-convention', { ...FRENCH_DRAFT, label: 'Fait avant' });
    expect(madeId).toBe(savedId); // both are brouillon-1
    store.getState().mergeSavedDrafts(saved);
    const drafts = store.getState().drafts;
    expect(drafts.map((d) => [d.meta.id, d.meta.label])).toEqual([
      [savedId, FRENCH_DRAFT.label],
      ['brouillon-2', 'Fait avant'],
    ]);
    expect(drafts[1]!.sectors).toBe(store.getState().drafts[1]!.sectors);
    expect(store.getState().versionId).toBe('brouillon-2');
  });
});
