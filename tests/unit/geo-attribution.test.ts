import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexCommunes, communeOf } from '../../src/geo/commune-of';
import { indexSectors, sectorOf } from '../../src/geo/sector-of';
import { placeActions } from '../../src/geo/place-actions';
import { attributeFeatures } from '../../src/geo/attribute';
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

describe('attributeFeatures golden output (synthetic fixture)', () => {
  it('matches tests/fixtures/out/synthetic-attributed.geojson (UPDATE_GOLDEN=1 regenerates)', () => {
    const contours = communeContoursSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-communes.geojson'), 'utf8')));
    const sectors = sectorCollectionSchema.parse(JSON.parse(readFileSync(fixture('in/synthetic-sectors.geojson'), 'utf8')));
    const input = JSON.parse(readFileSync(fixture('in/synthetic-features.geojson'), 'utf8'));
    const out = { ...input, features: attributeFeatures(input.features, indexCommunes(contours, undefined, polygonOps), indexSectors(sectors, polygonOps), 'v-test') };
    golden('synthetic-attributed.geojson', `${JSON.stringify(out, null, 1)}\n`);
  });
});
