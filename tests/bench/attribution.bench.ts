// npm run bench — how fast src/geo attributes features on the real contours (163 communes of
// Hautes-Alpes, ../shared/data), as the attribute CLI does for a planner's file.
// Vitest 5: `bench` is a test-context fixture; results are printed, never asserted.
import { test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { indexCommunes, communeOf } from '../../src/geo/commune-of';
import { indexSectors, sectorOf } from '../../src/geo/sector-of';
import { projectData, sharedContours } from '../unit/helpers';

const contours = sharedContours();
const communes = indexCommunes(contours);
const sectors = indexSectors(projectData().sectorsByVersion['2024-avenant']!);

// Deterministic pseudo-random points over the département's extent.
let seed = 42;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const points = Array.from({ length: 10_000 }, () => ({ type: 'Point' as const, coordinates: [5.4 + random() * 1.6, 44.2 + random() * 1.0] }));
const squares = Array.from({ length: 200 }, () => {
  const [x, y] = [6.3 + random() * 0.4, 44.65 + random() * 0.3];
  return { type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] };
});

test('index the 163 communes', async ({ bench }) => {
  await bench('indexCommunes(163)', () => void indexCommunes(contours)).run();
});

test('10 000 points: Flatbush-indexed lookup vs a linear scan', async ({ bench }) => {
  await bench.compare(
    bench('indexed: commune + sector', () => {
      for (const p of points) {
        communeOf(communes, p);
        sectorOf(sectors, p);
      }
    }),
    bench('linear scan: commune only', () => {
      for (const p of points) contours.features.find((f) => booleanPointInPolygon(p.coordinates, f.geometry));
    }),
    { iterations: 5, time: 2000 },
  );
});

test('200 polygons of 1 km²: commune holding most of their area', async ({ bench }) => {
  await bench('communeOf(polygon) ×200', () => {
    for (const s of squares) communeOf(communes, s);
  }).run();
});
