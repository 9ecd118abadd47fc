import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexCommunes, communeOf } from '../../src/geo/commune-of';
import { indexSectors, sectorOf } from '../../src/geo/sector-of';
import { placeActions } from '../../src/geo/place-actions';
import { attributeFeatures } from '../../src/geo/attribute';
import { segmentsMeet, soleArea } from '../../src/geo/sole-area';
import { polygonOps } from '../../src/geo/polygon-shares';
import { communeContoursSchema, sectorCollectionSchema } from '../../src/data/schemas';
import { EPCI_INSEE, STATION, TOWN_CENTRE, fixture, golden, projectData, sharedContours } from './helpers';

const data = projectData();
const communes = indexCommunes(sharedContours(), EPCI_INSEE, polygonOps);

describe('communeOf on the official contours', () => {
  it('puts the station and the town centre in L\u2019Argentière-la-Bessée (05006)', () => {
    expect(communeOf(communes, STATION)?.insee).toBe('05006');
    expect(communeOf(communes, TOWN_CENTRE)?.insee).toBe('05006');
  });

  it('keeps only the EPCI communes when asked: Briançon is outside', () => {
    expect(communeOf(communes, { type: 'Point', coordinates: [6.6435, 44.8986] })).toBeNull();
    const all = indexCommunes(sharedContours(), undefined, polygonOps);
    expect(communeOf(all, { type: 'Point', coordinates: [6.6435, 44.8986] })?.insee).toBe('05023');
  });

  it('gives a polygon straddling two communes to the one holding most of its area', () => {
    const contours = communeContoursSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-communes.geojson'), 'utf8')));
    const index = indexCommunes(contours, undefined, polygonOps);
    // 0.3 of the square in A (x < 1), 0.7 in B.
    const straddling = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0.7, 0.2],
          [1.7, 0.2],
          [1.7, 0.8],
          [0.7, 0.8],
          [0.7, 0.2],
        ],
      ],
    };
    expect(communeOf(index, straddling)?.insee).toBe('00002');
    expect(communeOf(index, { type: 'Point', coordinates: [0.5, 0.5] })?.insee).toBe('00001');
    expect(communeOf(index, { type: 'Point', coordinates: [5, 5] })).toBeNull();
  });
});

describe('sectorOf on the project perimeter versions', () => {
  const v2023 = indexSectors(data.sectorsByVersion['2023-convention']!, polygonOps);
  const v2024 = indexSectors(data.sectorsByVersion['2024-avenant']!, polygonOps);

  it('puts the station in the gare sector of the 2024 avenant and in no 2023 sector', () => {
    expect(sectorOf(v2024, STATION)).toBe('gare');
    expect(sectorOf(v2023, STATION)).toBeNull();
  });

  it('puts the commune centre in centre-bourg in both versions', () => {
    expect(sectorOf(v2023, TOWN_CENTRE)).toBe('centre-bourg');
    expect(sectorOf(v2024, TOWN_CENTRE)).toBe('centre-bourg');
  });
});

describe('placeActions', () => {
  const sectors = indexSectors(data.sectorsByVersion['2024-avenant']!, polygonOps);
  const placed = placeActions(data.actions, sectors, communes);

  it('attributes the actions of other communes to them (commune attribution matters)', () => {
    expect(placed['liaison-cyclable']?.commune?.insee).toBe('05180');
    expect(placed['covoiturage-roche']?.commune?.insee).toBe('05122');
    expect(placed['navette-puy-saint-vincent']?.commune?.insee).toBe('05110');
    expect(placed['savoir-faire-vallouise']?.commune?.insee).toBe('05101');
    expect(placed['coeur-village-champcella']?.commune?.insee).toBe('05031');
    const communesWithActions = new Set(Object.values(placed).map((p) => p.commune?.insee));
    expect(communesWithActions.size).toBeGreaterThanOrEqual(6);
  });

  it('finds the station district actions in gare and a polygon action in its sector', () => {
    const inGare = Object.entries(placed)
      .filter(([, p]) => p.sectorId === 'gare')
      .map(([id]) => id)
      .sort();
    expect(inGare).toEqual(['logements-neufs', 'parvis-gare', 'pole-echanges-gare']);
    expect(placed['place-kiosque']?.sectorId).toBe('centre-bourg');
    expect(placed['reconversion-friches']?.sectorId).toBe('friches-industrielles');
  });

  it('leaves the commune unknown, not wrong, when contours are unavailable', () => {
    const withoutContours = placeActions(data.actions, sectors, null);
    expect(withoutContours['parvis-gare']).toEqual({ sectorId: 'gare', commune: null });
  });
});

describe('placing a polygon without the polygon operations (sole-area.ts)', () => {
  const square = (x0: number, y0: number, x1: number, y1: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  });
  const synthetic = communeContoursSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-communes.geojson'), 'utf8')));
  const withoutOps = indexCommunes(synthetic);

  it('decides a polygon inside one area, or outside all, and leaves one meeting an outline to the polygon operations', () => {
    // A is x < 1, B is x > 1 (the straddling test above).
    expect(withoutOps.placesExactly(square(0.2, 0.2, 0.6, 0.6))).toBe(true);
    expect(communeOf(withoutOps, square(0.2, 0.2, 0.6, 0.6))?.insee).toBe('00001');
    expect(withoutOps.placesExactly(square(4, 4, 6, 6))).toBe(true);
    expect(communeOf(withoutOps, square(4, 4, 6, 6))).toBeNull();
    expect(withoutOps.placesExactly(square(0.7, 0.2, 1.7, 0.8))).toBe(false);
    // Touching the shared edge counts as meeting it.
    expect(withoutOps.placesExactly(square(0.5, 0.2, 1, 0.8))).toBe(false);
    expect(withoutOps.withPolygonOps(polygonOps).placesExactly(square(0.7, 0.2, 1.7, 0.8))).toBe(true);
  });

  it('sees an area inside the polygon although no edge crosses (a hole, an enclave)', () => {
    const ring = square(0, 0, 10, 10);
    const enclave = square(4, 4, 6, 6);
    const holder = (p: readonly number[]) => (p[0]! >= 4 && p[0]! <= 6 && p[1]! >= 4 && p[1]! <= 6 ? 1 : p[0]! >= 0 && p[0]! <= 10 && p[1]! >= 0 && p[1]! <= 10 ? 0 : -1);
    // Vertices all in the big square, edges crossing nothing, the enclave inside.
    expect(soleArea([ring, enclave], square(3, 3, 7, 7), holder)).toBeUndefined();
    expect(soleArea([ring, enclave], square(1, 1, 3, 3), holder)).toBe(0);
  });

  it('tells segments that cross, touch or overlap from those that do not', () => {
    expect(segmentsMeet([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsMeet([0, 0], [1, 1], [1, 1], [2, 0])).toBe(true);
    expect(segmentsMeet([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsMeet([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsMeet([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });

  it('places every action of the project as the polygon operations do, in every version and commune, whenever it decides', () => {
    const contours = sharedContours();
    const communesWithout = indexCommunes(contours, EPCI_INSEE);
    let decided = 0;
    for (const version of Object.values(data.sectorsByVersion)) {
      const exact = indexSectors(version, polygonOps);
      const without = indexSectors(version);
      for (const action of data.actions.features) {
        for (const [a, b] of [
          [without, exact],
          [communesWithout, communes],
        ] as const) {
          if (!a.placesExactly(action.geometry)) continue;
          if (action.geometry.type !== 'Point') decided++;
          expect(a.locate(action.geometry)?.id ?? null).toBe(b.locate(action.geometry)?.id ?? null);
        }
      }
    }
    // The project's two action areas lie inside one sector and one commune: decided for each
    // version (its sectors, and the communes), so the browser never loads the polygon operations for them.
    const areas = data.actions.features.filter((a) => a.geometry.type !== 'Point').length;
    expect(areas).toBe(2);
    expect(decided).toBe(areas * Object.keys(data.sectorsByVersion).length * 2);
  });
});

describe('attributeFeatures golden output (synthetic fixture)', () => {
  it('matches tests/fixtures/out/synthetic-attributed.geojson (UPDATE_GOLDEN=1 regenerates)', () => {
    const contours = communeContoursSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-communes.geojson'), 'utf8')));
    const sectors = sectorCollectionSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-sectors.geojson'), 'utf8')));
    const input = JSON.parse(readFileSync(fixture('in/synthetic-features.geojson'), 'utf8'));
    const out = { ...input, features: attributeFeatures(input.features, indexCommunes(contours, undefined, polygonOps), indexSectors(sectors, polygonOps), 'v-test') };
    golden('synthetic-attributed.geojson', `${JSON.stringify(out, null, 1)}\n`);
  });
});
