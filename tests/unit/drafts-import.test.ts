import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distance, booleanClockwise } from '@turf/turf';
import { detectCrs, lambert93ToWgs84 } from '../../src/geo/reproject';
import { readPerimeterFile, importSectors } from '../../src/geo/import-sectors';
import { importProblemText } from '../../src/i18n/problems';
import { exportVersion } from '../../src/geo/export-version';
import { diffVersions, isEmptyDiff } from '../../src/geo/diff-versions';
import { checkGeoData } from '../../src/cli/check-geodata';
import { versionSectors } from '../../src/state/versions';
import { draftProblems } from '../../src/state/draft-checks';
import { OLD_KEY, loadDrafts, saveDrafts } from '../../src/services/draft-storage';
import { BOW_TIE_SECTOR, FRENCH_DRAFT, LINE_FEATURE, fixture, projectData, projectFiles, ROOT, testStore } from './helpers';
import { spawnSync } from 'node:child_process';

const data = projectData();
const BOX = data.territory.bbox;
const french = (problems: readonly Parameters<typeof importProblemText>[1][]) => problems.map((p) => importProblemText('fr', p));
const STATION_L93 = [981168.31, 6416549.13];

describe('Lambert-93 (EPSG:2154) to WGS84', () => {
  it('puts the projection origin at 3° E, 46.5° N (by definition of Lambert-93)', () => {
    const [lon, lat] = lambert93ToWgs84([700000, 6600000]);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('lands a Lambert-93 point of the station within 1 m of 44.7911 N, 6.5561 E', () => {
    const wgs = lambert93ToWgs84(STATION_L93);
    expect(distance(wgs, [6.5561, 44.7911], { units: 'meters' })).toBeLessThan(1);
  });

  it('detects the CRS from the crs member, else from coordinate ranges', () => {
    const l93 = JSON.parse(readFileSync(fixture('in/gare-lambert93.geojson'), 'utf8'));
    const geoms = l93.features.map((f: { geometry: unknown }) => f.geometry);
    expect(detectCrs(l93, geoms)).toEqual({ crs: 'lambert93', from: 'crs-member' });
    expect(detectCrs({}, geoms)).toEqual({ crs: 'lambert93', from: 'coordinates' });
    expect(detectCrs({}, [{ type: 'Point', coordinates: [6.55, 44.79] }])).toEqual({ crs: 'wgs84', from: 'coordinates' });
    expect(detectCrs({ crs: { properties: { name: 'EPSG:27572' } } }, geoms)).toMatchObject({ crs: 'unknown' });
    // The conic zones CC42–CC50 by their crs member (GeoJSON) as QGIS writes them.
    expect(detectCrs({ crs: { properties: { name: 'urn:ogc:def:crs:EPSG::3945' } } }, geoms)).toEqual({ crs: 'cc45', from: 'crs-member' });
    expect(detectCrs({ crs: { properties: { name: 'RGF93_CC42' } } }, geoms)).toEqual({ crs: 'cc42', from: 'crs-member' });
    expect(detectCrs({}, [{ type: 'Point', coordinates: [3_000_000, 1_000] }])).toMatchObject({ crs: 'unknown' });
  });
});

describe('importing a perimeter file', () => {
  it('imports the Lambert-93 gare sector in place: same shape as the project’s, within a square metre', () => {
    const parsed = readPerimeterFile(readFileSync(fixture('in/gare-lambert93.geojson'), 'utf8'));
    if (!parsed.ok) throw new Error(french(parsed.problems).join());
    const result = importSectors(parsed, BOX, null);
    if (!result.ok) throw new Error(french(result.problems).join());
    const original = { type: 'FeatureCollection' as const, features: data.sectorsByVersion['2024-avenant']!.features.filter((f) => f.properties.id === 'gare') };
    const diff = diffVersions(original, result.sectors);
    expect(diff.sectors.map((s) => s.change)).toEqual(['unchanged']);
    expect(result.label).toBe('Secteur gare (Lambert-93)');
    expect(result.sectors.features[0]!.properties.provenance).toBe('indicatif');
  });

  it('rejects a broken file whole, naming each feature in French', () => {
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'ok', nom: 'Bon' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [6.55, 44.79],
                [6.551, 44.79],
                [6.551, 44.791],
                [6.55, 44.79],
              ],
            ],
          },
        },
        BOW_TIE_SECTOR,
        {
          type: 'Feature',
          properties: { nom: '' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [6.57, 44.79],
                [6.571, 44.79],
                [6.571, 44.791],
                [6.57, 44.79],
              ],
            ],
          },
        },
        LINE_FEATURE,
        {
          type: 'Feature',
          properties: { id: 'ok', nom: 'Doublon' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [6.58, 44.79],
                [6.581, 44.79],
                [6.581, 44.791],
                [6.58, 44.79],
              ],
            ],
          },
        },
      ],
    });
    const parsed = readPerimeterFile(bad);
    if (!parsed.ok) throw new Error('should parse');
    const result = importSectors(parsed, BOX, null);
    expect(result.ok).toBe(false);
    const problems = !result.ok ? french(result.problems).join('\n') : '';
    expect(problems).toContain('secteur « noeud » : contour extérieur se recoupe lui-même');
    expect(problems).toContain('élément n° 3 : ni identifiant (« id ») ni nom (« nom ») pour en faire un');
    expect(problems).toContain('élément n° 4 (ligne) : géométrie LineString, un Polygon ou MultiPolygon est attendu');
    expect(problems).toContain('secteur « ok » : identifiant « ok » en double');
  });

  it.each([
    ['not JSON', 'coucou', /ce n’est pas du JSON/],
    ['not a FeatureCollection', '{"type":"Feature"}', /FeatureCollection GeoJSON est attendue/],
    ['empty', '{"type":"FeatureCollection","features":[]}', /aucun secteur/],
    [
      'another CRS',
      '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":[{"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Point","coordinates":[729000,5590000]}}]}',
      /EPSG:3857.*non pris en charge/,
    ],
  ])('refuses a file that is %s', (_label, text, message) => {
    const parsed = readPerimeterFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && french(parsed.problems).join()).toMatch(message);
  });
});

describe('exporting a version', () => {
  const meta = { ...data.versions[1]!, id: 'brouillon-1', label: 'Brouillon test', intitule: 'le brouillon', etat: 'projet' as const, file: 'perimetres/brouillon-1.geojson' };
  const clockwise = structuredClone(data.sectorsByVersion['2024-avenant']!);
  clockwise.features[2]!.geometry.coordinates[0]!.reverse(); // a GIS may save rings clockwise
  clockwise.features[0]!.geometry.coordinates[0]![1] = [6.56280012345, 44.79260098765];
  const text = exportVersion(meta, clockwise);
  const exported = JSON.parse(text);

  it('writes RFC 7946 GeoJSON: counterclockwise exteriors, 6 decimals, ids and version metadata', () => {
    expect(exported.type).toBe('FeatureCollection');
    expect(exported.version).toMatchObject({ id: 'brouillon-1', label: 'Brouillon test', etat: 'projet' });
    expect(exported.version.file).toBeUndefined();
    expect(exported.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['centre-bourg', 'friches-industrielles', 'gare']);
    expect(exported.features.every((f: { geometry: { coordinates: number[][][] } }) => !booleanClockwise(f.geometry.coordinates[0]!))).toBe(true);
    expect(exported.features[0].geometry.coordinates[0][1]).toEqual([6.5628, 44.792601]);
  });

  it('round-trips: re-imported, it is the same perimeter', () => {
    const parsed = readPerimeterFile(text);
    if (!parsed.ok) throw new Error(french(parsed.problems).join());
    const back = importSectors(parsed, BOX, null);
    if (!back.ok) throw new Error(french(back.problems).join());
    const d = diffVersions(clockwise, back.sectors);
    expect(d.sectors.filter((s) => s.change !== 'unchanged')).toEqual([]);
    expect(isEmptyDiff(d)).toBe(true);
    expect(back.label).toBe('Brouillon test');
  });

  it('passes npm run check:data when placed in geodata/perimetres/ (listed or not)', () => {
    const files: Record<string, string> = { ...projectFiles(), 'perimetres/brouillon-1.geojson': text };
    expect(checkGeoData(files)).toEqual([]);
    const versions = JSON.parse(files['versions.json']!);
    versions.versions.push({ ...exported.version, file: 'perimetres/brouillon-1.geojson' });
    expect(checkGeoData({ ...files, 'versions.json': JSON.stringify(versions) })).toEqual([]);
    // and the CLI agrees, on a real folder
    const dir = mkdtempSync(join(tmpdir(), 'carte-ort-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, `check:data : ${dir} est valide.`]);
  });

  it('check:data still catches a broken unlisted perimeter file', () => {
    const broken = JSON.parse(text);
    broken.features[2].geometry = broken.features[0].geometry;
    const problems = checkGeoData({ ...projectFiles(), 'perimetres/brouillon-1.geojson': JSON.stringify(broken) });
    expect(problems.map((p) => `${p.file} [${p.featureId}]`)).toContain('perimetres/brouillon-1.geojson [centre-bourg]');
  });
});

describe('drafts in the store', () => {
  it('copies a version, edits, validates live, undoes and redoes', () => {
    const store = testStore(data);
    const id = store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    expect(id).toBe('brouillon-1');
    expect(store.getState().versionId).toBe('brouillon-1');
    const original = versionSectors(store.getState(), id)!;
    expect(draftProblems(store.getState(), id)).toEqual([]);

    const renamed = {
      ...original,
      features: original.features.map((f) => (f.properties.id === 'gare' ? { ...f, properties: { ...f.properties, nom: ' ', id: 'centre-bourg' } } : f)),
    };
    store.getState().editDraft(id, renamed);
    expect(
      draftProblems(store.getState(), id)
        .map((p) => p.problem.code)
        .sort(),
    ).toEqual(['duplicate-id', 'empty-name']);

    store.getState().undo(id);
    expect(versionSectors(store.getState(), id)).toBe(original);
    store.getState().redo(id);
    expect(versionSectors(store.getState(), id)).toBe(renamed);

    // The official versions are untouched.
    expect(store.getState().data.sectorsByVersion['2024-avenant']!.features[2]!.properties.nom).toBe('Quartier de la gare');
    store.getState().renameDraft(id, { ...FRENCH_DRAFT, label: 'Extension 2027' });
    expect(store.getState().drafts[0]!.meta.label).toBe('Extension 2027');
    store.getState().deleteDraft(id);
    expect([store.getState().drafts, store.getState().versionId]).toEqual([[], '2024-avenant']);
  });

  it('flags a sector outside the EPCI', () => {
    const store = testStore(data);
    const id = store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    const s = versionSectors(store.getState(), id)!;
    const far = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5.9, 44.5],
          [5.91, 44.5],
          [5.91, 44.51],
          [5.9, 44.5],
        ],
      ] as [number, number][][],
    };
    store.getState().editDraft(id, {
      ...s,
      features: [...s.features, { type: 'Feature' as const, properties: { id: 'loin', nom: 'Loin', description: '', provenance: 'indicatif' as const }, geometry: far }],
    });
    expect(draftProblems(store.getState(), id).map((p) => [p.sectorId, p.problem.code])).toEqual([['loin', 'outside-epci']]);
  });
});

describe('draft storage (IndexedDB, one record per draft)', () => {
  const fresh = async () => {
    const { clear } = await import('idb-keyval');
    await clear();
  };
  const twoDrafts = () => {
    const store = testStore(data);
    store.getState().createDraft('2023-convention', FRENCH_DRAFT);
    store.getState().createDraft('2024-avenant', FRENCH_DRAFT);
    return store.getState().drafts.map((d) => ({ meta: d.meta, sectors: d.sectors }));
  };

  it('saves and reads back drafts, and forgets a deleted one', async () => {
    await fresh();
    const drafts = twoDrafts();
    expect((await saveDrafts(drafts)).ok).toBe(true);
    const back = await loadDrafts(['05006']);
    expect(back.ok && back.value).toEqual({ drafts, setAside: [] });
    await saveDrafts(drafts.slice(0, 1), drafts.slice(1));
    const after = await loadDrafts(['05006']);
    expect(after.ok && after.value.drafts.map((d) => d.meta.id)).toEqual(['brouillon-1']);
  });

  it('two tabs: a save deletes only what its tab deleted, and never writes over the other tab’s draft that took the same id', async () => {
    await fresh();
    const { vi } = await import('vitest');
    const [a, b] = twoDrafts();
    const tabA = { ...a!, uid: 'tab-a' };
    // Another tab is another page: another instance of the module, the same IndexedDB.
    vi.resetModules();
    const otherTab = await import('../../src/services/draft-storage');
    const tabB = { ...a!, uid: 'tab-b', meta: { ...a!.meta, label: 'Brouillon de l’autre onglet' } };
    expect(await saveDrafts([tabA])).toEqual({ ok: true, value: { taken: [] } });
    // The other tab made « brouillon-1 » too: not written over the first, said as taken.
    expect(await otherTab.saveDrafts([tabB])).toEqual({ ok: true, value: { taken: ['brouillon-1'] } });
    // The other tab saves its next draft: this tab's is not deleted (it is not in the other's list).
    const tabB2 = { ...b!, uid: 'tab-b2' };
    await otherTab.saveDrafts([tabB2]);
    // Deleting a draft of the same id but another uid deletes nothing.
    await otherTab.saveDrafts([tabB2], [tabB]);
    const back = await loadDrafts(['05006']);
    expect(back.ok && back.value.drafts.map((d) => [d.meta.id, d.uid, d.meta.label])).toEqual([
      ['brouillon-1', 'tab-a', a!.meta.label],
      ['brouillon-2', 'tab-b2', b!.meta.label],
    ]);
  });

  it('keeps the last of saves made faster than the storage answers (an edit, undo, redo)', async () => {
    await fresh();
    const [edited] = twoDrafts();
    const original = { ...edited!, sectors: { ...edited!.sectors, features: edited!.sectors.features.slice(0, 1) } };
    await saveDrafts([edited!]);
    // Undo and redo, each saved without waiting for the other.
    const undo = saveDrafts([original]);
    const redo = saveDrafts([edited!]);
    await Promise.all([undo, redo]);
    const back = await loadDrafts(['05006']);
    expect(back.ok && back.value.drafts[0]!.sectors.features.length).toBe(edited!.sectors.features.length);
  });

  it('one damaged record sets aside only itself, once, however often the page loads', async () => {
    await fresh();
    const drafts = twoDrafts();
    await saveDrafts(drafts);
    const { set, keys } = await import('idb-keyval');
    await set('carte-ort.draft.v2.brouillon-2', { meta: { id: 'brouillon-2' }, sectors: 'abîmé' });
    const first = await loadDrafts(['05006']);
    expect(first.ok && first.value.drafts.map((d) => d.meta.id)).toEqual(['brouillon-1']);
    expect(first.ok && first.value.setAside.map((r) => [r.name, r.raw])).toEqual([['brouillon-2', { meta: { id: 'brouillon-2' }, sectors: 'abîmé' }]]);
    // The same damaged record, written again and loaded again, is not copied a second time.
    await set('carte-ort.draft.v2.brouillon-2', { meta: { id: 'brouillon-2' }, sectors: 'abîmé' });
    await loadDrafts(['05006']);
    await loadDrafts(['05006']);
    expect((await keys()).filter((k) => String(k).startsWith('carte-ort.set-aside.'))).toHaveLength(1);
    const { discardSetAside } = await import('../../src/services/draft-storage');
    await discardSetAside(first.ok ? first.value.setAside[0]!.key : '');
    const last = await loadDrafts(['05006']);
    expect(last.ok && last.value.setAside).toEqual([]);
  });

  it('moves drafts saved the old way (one list) to their own records, losing none', async () => {
    await fresh();
    const [a, b] = twoDrafts();
    const { set, get } = await import('idb-keyval');
    const oldA = { ...a!, meta: { ...a!.meta, communes: undefined } }; // saved before versions listed their communes
    await set(OLD_KEY, [oldA, { meta: { id: 'x' } }, b]);
    const loaded = await loadDrafts(['05006']);
    expect(loaded.ok && loaded.value.drafts.map((d) => [d.meta.id, d.meta.communes])).toEqual([
      ['brouillon-1', ['05006']],
      ['brouillon-2', ['05006']],
    ]);
    expect(loaded.ok && loaded.value.setAside.map((r) => r.name)).toEqual(['x']);
    expect(await get(OLD_KEY)).toBeUndefined();
  });
});
