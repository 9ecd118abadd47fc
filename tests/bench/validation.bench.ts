// Checking a detailed outline for self-intersections: the project's sweep line (ringProblems,
// sweepline-intersections) side by side with Turf's kinks, which compares every pair of edges.
// 10,000 vertices keeps Turf's side to about a second; on 77,000 (a detailed GIS export) it took
// 26.7 s here and the sweep line 0.26 s.
import { test } from 'vitest';
import { circle, kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import { ringProblems } from '../../src/geo/ring-problems';

const ring = circle([6.5561, 44.7911], 0.4, { steps: 10_000, units: 'kilometers' }).geometry as Polygon;

test('self-intersection check, one ring of 10,000 vertices: sweep line vs all pairs of edges', async ({ bench }) => {
  await bench.compare(
    bench('ringProblems (sweep line)', () => {
      if (ringProblems(ring).length !== 0) throw new Error('a circle does not cross itself');
    }),
    bench('turf kinks (all pairs of edges)', () => {
      if (kinks(ring).features.length !== 0) throw new Error('a circle does not cross itself');
    }),
    { iterations: 3, time: 0 },
  );
});
