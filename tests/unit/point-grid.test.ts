// The grid index (src/geo/point-grid.ts) must give exactly the answers of point-in-polygon, as
// Turf's booleanPointInPolygon runs it (boundary included, first area in index order), on and
// near every edge of the real contours of Hautes-Alpes and of the project's sectors.
import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { buildPointGrid } from '../../src/geo/point-grid';
import { projectData, sharedContours } from './helpers';

type Area = Polygon | MultiPolygon;

/** The reference: a linear scan with Turf, first area holding the point (its edge included). */
function reference(areas: readonly Area[]): (p: Position) => number {
  const boxes = areas.map((g) => {
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const [x, y] of rings.flat()) [b[0], b[1], b[2], b[3]] = [Math.min(b[0]!, x!), Math.min(b[1]!, y!), Math.max(b[2]!, x!), Math.max(b[3]!, y!)];
    return b;
  });
  return (p) => areas.findIndex((g, i) => p[0]! >= boxes[i]![0]! && p[0]! <= boxes[i]![2]! && p[1]! >= boxes[i]![1]! && p[1]! <= boxes[i]![3]! && booleanPointInPolygon(p, g));
}

/** Every vertex, every edge's midpoint, and points beside each midpoint at 1e-12 to 1e-4 degree, both sides. */
function pointsOnAndNearEdges(areas: readonly Area[]): Position[] {
  const out: Position[] = [];
  for (const g of areas)
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const ring of rings)
        for (let i = 0; i + 1 < ring.length; i++) {
          const [ax, ay] = ring[i] as [number, number];
          const [bx, by] = ring[i + 1] as [number, number];
          const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
          const len = Math.hypot(bx - ax, by - ay) || 1;
          const [nx, ny] = [-(by - ay) / len, (bx - ax) / len];
          out.push([ax, ay], [mx, my]);
          for (const d of [1e-12, 1e-9, 1e-6, 1e-4]) out.push([mx + nx * d, my + ny * d], [mx - nx * d, my - ny * d]);
          // Along the edge's line, just past its end: on the line, off the segment.
          out.push([bx + (bx - ax) * 1e-9, by + (by - ay) * 1e-9]);
        }
  return out;
}

let seed = 7;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return (seed - 1) / 2147483646;
};

describe('point grid agrees with point-in-polygon', () => {
  const communes = sharedContours().features.map((f) => f.geometry);

  test('on and near every edge of the 163 communes of Hautes-Alpes', () => {
    const grid = buildPointGrid(communes);
    const expected = reference(communes);
    const points = pointsOnAndNearEdges(communes);
    expect(points.length).toBeGreaterThan(100_000);
    const disagreements = points.filter((p) => grid.locate(p[0]!, p[1]!) !== expected(p));
    expect(disagreements.slice(0, 5)).toEqual([]);
    // The grid really is a grid: most cells hold no edge and answer without any test.
    expect(grid.stats.boundaryCells).toBeLessThan(grid.stats.columns * grid.stats.rows * 0.5);
  }, 120_000);

  test('on 50,000 random points over the département and beyond', () => {
    const grid = buildPointGrid(communes);
    const expected = reference(communes);
    const points = Array.from({ length: 50_000 }, () => [5.3 + random() * 1.9, 44.1 + random() * 1.2]);
    const answers = points.map((p) => grid.locate(p[0]!, p[1]!));
    expect(answers.filter((a, i) => a !== expected(points[i]!)).length).toBe(0);
    // Both inside and outside answers were exercised.
    expect(answers.filter((a) => a === -1).length).toBeGreaterThan(1000);
    expect(new Set(answers).size).toBeGreaterThan(150);
  }, 120_000);

  test('on and near the edges of every version of the project sectors (holes and multipolygons included)', () => {
    for (const [version, sectors] of Object.entries(projectData().sectorsByVersion)) {
      const areas = sectors.features.map((f) => f.geometry);
      const grid = buildPointGrid(areas);
      const expected = reference(areas);
      const wrong = pointsOnAndNearEdges(areas).filter((p) => grid.locate(p[0]!, p[1]!) !== expected(p));
      expect({ version, wrong: wrong.slice(0, 3) }).toEqual({ version, wrong: [] });
    }
  });

  test('a square with a hole, overlapping areas and the outside', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
    };
    const overlapping: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 5],
          [15, 5],
          [15, 15],
          [5, 15],
          [5, 5],
        ],
      ],
    };
    const grid = buildPointGrid([square, overlapping]);
    expect(grid.locate(1, 1)).toBe(0);
    expect(grid.locate(4, 4)).toBe(0); // corner of the hole: an edge, so inside
    expect(grid.locate(5, 5)).toBe(1); // in the hole, on the second area's corner
    expect(grid.locate(5.5, 5.5)).toBe(1); // in the hole, inside the second area
    expect(grid.locate(4.5, 4.5)).toBe(-1); // in the hole, outside both
    expect(grid.locate(9, 9)).toBe(0); // both hold it: the first wins
    expect(grid.locate(12, 12)).toBe(1);
    expect(grid.locate(10, 3)).toBe(0); // on the outer edge
    expect(grid.locate(-1, 3)).toBe(-1);
    expect(grid.locate(Number.NaN, 3)).toBe(-1);
    expect(buildPointGrid([]).locate(0, 0)).toBe(-1);
  });
});
