// npm run bench — point → commune attribution on the real contours (163 communes of Hautes-Alpes,
// ../shared/data), side by side in one run: the project's grid (src/geo/point-grid.ts), which-polygon
// (what a GIS developer would npm install) and a naive Turf loop. Same seeded points for all;
// times are medians of alternated runs and every figure that matters is a ratio inside this run.
// Index build time is included. Nothing is asserted: speed is measured here, never in tests.
import { test } from 'vitest';
import whichPolygon from 'which-polygon';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { buildPointGrid } from '../../src/geo/point-grid';
import { indexCommunes, communeOf } from '../../src/geo/commune-of';
import { indexSectors, sectorOf } from '../../src/geo/sector-of';
import { projectData, sharedContours } from '../unit/helpers';
import { median } from '../../scripts/median';

type Area = Polygon | MultiPolygon;
// Plain JSON, as a planner's script would read it (not the zod-parsed copy).
const contours = JSON.parse(JSON.stringify(sharedContours())) as { features: Feature<Area, { code: string; nom: string }>[] };

function seededPoints(n: number, seed = 42): Float64Array {
  const out = new Float64Array(n * 2);
  for (let i = 0; i < out.length; i += 2) {
    seed = (seed * 16807) % 2147483647;
    out[i] = 5.4 + ((seed - 1) / 2147483646) * 1.6;
    seed = (seed * 16807) % 2147483647;
    out[i + 1] = 44.2 + ((seed - 1) / 2147483646) * 1.0;
  }
  return out;
}

/** Each ring's edges cut in `times` pieces: the same shapes, `times` × the vertices. */
function densify(features: typeof contours.features, times: number): typeof contours.features {
  const ring = (r: Position[]) =>
    r.flatMap((p, i) =>
      i === r.length - 1 ? [p] : Array.from({ length: times }, (_, k) => [p[0]! + ((r[i + 1]![0]! - p[0]!) * k) / times, p[1]! + ((r[i + 1]![1]! - p[1]!) * k) / times]),
    );
  return features.map((f) => ({
    ...f,
    geometry:
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
  }));
}

type Engine = (features: typeof contours.features, points: Float64Array) => (string | null)[];

const engines: Record<string, Engine> = {
  'carte-ort grid': (features, points) => {
    const grid = buildPointGrid(features.map((f) => f.geometry));
    const out: (string | null)[] = new Array(points.length / 2);
    for (let i = 0; i < points.length; i += 2) out[i / 2] = features[grid.locate(points[i]!, points[i + 1]!)]?.properties.code ?? null;
    return out;
  },
  'which-polygon': (features, points) => {
    const query = whichPolygon({ type: 'FeatureCollection', features });
    const out: (string | null)[] = new Array(points.length / 2);
    const p = [0, 0];
    for (let i = 0; i < points.length; i += 2) {
      p[0] = points[i]!;
      p[1] = points[i + 1]!;
      out[i / 2] = (query(p) as { code: string } | null)?.code ?? null;
    }
    return out;
  },
  'naive Turf loop': (features, points) => {
    const out: (string | null)[] = new Array(points.length / 2);
    for (let i = 0; i < points.length; i += 2) {
      const p = [points[i]!, points[i + 1]!];
      out[i / 2] = features.find((f) => booleanPointInPolygon(p, f.geometry))?.properties.code ?? null;
    }
    return out;
  },
};

function sideBySide(label: string, features: typeof contours.features, points: Float64Array, names: string[], runs: number): void {
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const answers: Record<string, (string | null)[]> = {};
  for (let r = 0; r < runs; r++)
    for (const name of r % 2 ? [...names].reverse() : names) {
      const t0 = performance.now();
      answers[name] = engines[name]!(features, points);
      times[name]!.push(performance.now() - t0);
    }
  const base = median(times['which-polygon']!);
  const ref = answers['which-polygon']!;
  console.log(`\n${label} — ${(points.length / 2).toLocaleString('en')} points, median of ${runs} alternated runs, index build included`);
  for (const name of names) {
    const t = median(times[name]!);
    const differ = answers[name]!.filter((a, i) => a !== ref[i]).length;
    console.log(`  ${name.padEnd(16)} ${t.toFixed(0).padStart(7)} ms   ${(base / t).toFixed(2)}× which-polygon's speed   answers differing from which-polygon: ${differ}`);
  }
}

test('1,000,000 points → commune: grid vs which-polygon vs naive Turf', () => {
  sideBySide('163 communes (13,893 vertices)', contours.features, seededPoints(1_000_000), ['carte-ort grid', 'which-polygon'], 5);
  sideBySide('the same communes, outlines densified ×16', densify(contours.features, 16), seededPoints(1_000_000), ['carte-ort grid', 'which-polygon'], 3);
  // The naive loop is ~100× slower: 20,000 of the same points keep the bench short.
  sideBySide('naive Turf loop (every polygon, every point)', contours.features, seededPoints(20_000), ['carte-ort grid', 'which-polygon', 'naive Turf loop'], 3);
});

// The project's API (commune + sector per point, as the CLI and the map call it).
const communes = indexCommunes(sharedContours());
const sectors = indexSectors(projectData().sectorsByVersion['2024-avenant']!);
const sample = seededPoints(10_000, 7);
const points = Array.from({ length: 10_000 }, (_, i) => ({ type: 'Point' as const, coordinates: [sample[i * 2]!, sample[i * 2 + 1]!] }));
let seed = 42;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return (seed - 1) / 2147483646;
};
const squares = Array.from({ length: 200 }, () => {
  const [x, y] = [6.3 + random() * 0.4, 44.65 + random() * 0.3];
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 0.01, y],
        [x + 0.01, y + 0.01],
        [x, y + 0.01],
        [x, y],
      ],
    ],
  };
});

test('10,000 points through the project API: commune + sector', async ({ bench }) => {
  await bench('communeOf + sectorOf ×10,000', () => {
    for (const p of points) {
      communeOf(communes, p);
      sectorOf(sectors, p);
    }
  }).run();
});

test('200 polygons of 1 km²: commune holding most of their area', async ({ bench }) => {
  await bench('communeOf(polygon) ×200', () => {
    for (const s of squares) communeOf(communes, s);
  }).run();
});
