import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import { answerAt, actionsNear } from '../../src/geo/point-answer';
import { parseCoordinates } from '../../src/geo/parse-coordinates';
import { localSearch, normalize } from '../../src/data/local-search';
import { indexCommunes, communeOf } from '../../src/geo/commune-of';
import { EPCI_INSEE, projectData, sharedContours, STATION_LNGLAT } from './helpers';

const data = projectData();
const sectors2024 = data.sectorsByVersion['2024-avenant']!.features;
const sectors2023 = data.sectorsByVersion['2023-convention']!.features;
const gareEdgeWest: [number, number] = [6.5529, 44.7901]; // on the west edge of the drawn gare sector

describe('answerAt (is this place in the perimeter?)', () => {
  it('inside: the station is in gare (2024) and not near a boundary', () => {
    expect(answerAt(STATION_LNGLAT, sectors2024)).toEqual({ sectorId: 'gare', nearest: { sectorId: 'gare', distanceM: 0 }, nearBoundary: false });
  });

  it('outside: in 2023 the station is outside, with the nearest sector and its distance', () => {
    const a = answerAt(STATION_LNGLAT, sectors2023);
    expect(a.sectorId).toBeNull();
    expect(a.nearest?.sectorId).toBe('centre-bourg');
    expect(a.nearest!.distanceM).toBeGreaterThan(150);
    expect(a.nearest!.distanceM).toBeLessThan(250);
  });

  it('measures the distance to the nearest sector in metres', () => {
    // 240 m due west of the gare sector's western edge.
    const west = destination(gareEdgeWest, 0.24, 270, { units: 'kilometers' }).geometry.coordinates as [number, number];
    const a = answerAt(west, sectors2024);
    expect(a.sectorId).toBeNull();
    expect(a.nearest?.sectorId).toBe('gare');
    expect(Math.round(a.nearest!.distanceM / 10) * 10).toBe(240);
    expect(a.nearBoundary).toBe(false);
  });

  it('flags the 25 m boundary band, on both sides of the edge', () => {
    const outside10 = destination(gareEdgeWest, 0.01, 270, { units: 'kilometers' }).geometry.coordinates as [number, number];
    const inside10 = destination(gareEdgeWest, 0.01, 90, { units: 'kilometers' }).geometry.coordinates as [number, number];
    const outside40 = destination(gareEdgeWest, 0.04, 270, { units: 'kilometers' }).geometry.coordinates as [number, number];
    expect(answerAt(outside10, sectors2024)).toMatchObject({ sectorId: null, nearBoundary: true });
    expect(answerAt(inside10, sectors2024)).toMatchObject({ sectorId: 'gare', nearBoundary: true });
    expect(answerAt(outside40, sectors2024).nearBoundary).toBe(false);
  });

  it('names the commune on the real contours', () => {
    const communes = indexCommunes(sharedContours(), EPCI_INSEE);
    expect(communeOf(communes, { type: 'Point', coordinates: STATION_LNGLAT })?.insee).toBe('05006');
  });
});

describe('actionsNear', () => {
  it('lists the actions within 300 m of the station, nearest first', () => {
    const near = actionsNear(STATION_LNGLAT, data.actions.features);
    expect(near.map((a) => [a.id, Math.round(a.distanceM)])).toEqual([
      ['parvis-gare', 142],
      ['pole-echanges-gare', 164],
      ['logements-neufs', 178],
    ]);
    expect(near.every((a, i) => i === 0 || a.distanceM >= near[i - 1]!.distanceM)).toBe(true);
    expect(near.every((a) => a.distanceM <= 300)).toBe(true);
  });

  it('counts a polygon action from its edge (0 inside)', () => {
    const onKiosque = actionsNear([6.56, 44.7954], data.actions.features, 0);
    expect(onKiosque.map((a) => a.id)).toEqual(['place-kiosque']);
  });
});

describe('parseCoordinates', () => {
  it.each([
    ['44.7911, 6.5561', [6.5561, 44.7911]],
    ['44.7911,6.5561', [6.5561, 44.7911]],
    ['44,7911 6,5561', [6.5561, 44.7911]],
    ['44.7911;6.5561', [6.5561, 44.7911]],
    ['  44.7911   6.5561 ', [6.5561, 44.7911]],
  ])('reads %s', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });

  it.each(['rue de la gare', '44.7911', '95.1, 6.5', '44.79, 200', '950000, 6420000'])('refuses %s', (text) => {
    expect(parseCoordinates(text)).toBeNull();
  });
});

describe('local search', () => {
  it('normalises accents, case and apostrophes', () => {
    expect(normalize("L'Argentière-la-Bessée")).toBe('l argentiere la bessee');
  });

  it('"argentiere" finds the commune; "gare" finds the sector and its actions', () => {
    expect(localSearch(data, sectors2024, 'argentiere')[0]).toEqual({ kind: 'commune', id: '05006', label: "L'Argentière-la-Bessée" });
    const gare = localSearch(data, sectors2024, 'GARE');
    expect(gare[0]).toEqual({ kind: 'sector', id: 'gare', label: 'Quartier de la gare' });
    expect(gare.filter((h) => h.kind === 'action').map((h) => h.id)).toEqual(['logements-neufs', 'parvis-gare', 'pole-echanges-gare', 'navette-puy-saint-vincent']);
  });

  it('searches the sectors of the version shown', () => {
    expect(localSearch(data, sectors2023, 'quartier gare').filter((h) => h.kind === 'sector')).toEqual([]);
  });

  it('"vallee freissinieres" finds the action with an accented name', () => {
    expect(localSearch(data, sectors2024, 'vallee freissinieres').map((h) => h.id)).toEqual(['savoir-faire-freissinieres']);
  });
});
