// Which area holds all of a polygon, decided without clipping: the answer for the action areas
// that lie inside one sector (or one commune), which is nearly all of them. Only a polygon whose
// outline meets an area's outline needs the polygon operations (polygon-shares.ts, polyclip-ts:
// a large chunk, and its exact arithmetic is slow), which the browser then loads.
//
// Exact, not a heuristic: if no outline of an area crosses or touches the polygon's outline, and
// no vertex of an area lies inside the polygon, then no outline runs through the polygon's
// inside, so the whole polygon is on one side of every outline: where its vertices are. Any
// contact (a shared vertex, an edge along an edge, a point on an edge) counts as meeting: then
// only the surface shares can answer. Orientations are Shewchuk's robust predicates (the ones
// point-in-polygon-hao uses for the points).
import pointInPolygon from 'point-in-polygon-hao';
import { orient2d } from 'robust-predicates';
import type { Position } from 'geojson';
import type { AreaGeometry } from './areas';

type Box = readonly [number, number, number, number];

const ringsOf = (g: AreaGeometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const partsOf = (g: AreaGeometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function boxOf(rings: readonly Position[][]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      w = Math.min(w, x!);
      s = Math.min(s, y!);
      e = Math.max(e, x!);
      n = Math.max(n, y!);
    }
  return [w, s, e, n];
}

const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** c on the segment ab, given that the three are collinear. */
const withinSegment = (a: Position, b: Position, c: Position) =>
  Math.min(a[0]!, b[0]!) <= c[0]! && c[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= c[1]! && c[1]! <= Math.max(a[1]!, b[1]!);

/** Whether segments pq and ab share at least one point (crossing, touching or overlapping). */
export function segmentsMeet(p: Position, q: Position, a: Position, b: Position): boolean {
  const d1 = orient2d(a[0]!, a[1]!, b[0]!, b[1]!, p[0]!, p[1]!);
  const d2 = orient2d(a[0]!, a[1]!, b[0]!, b[1]!, q[0]!, q[1]!);
  const d3 = orient2d(p[0]!, p[1]!, q[0]!, q[1]!, a[0]!, a[1]!);
  const d4 = orient2d(p[0]!, p[1]!, q[0]!, q[1]!, b[0]!, b[1]!);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && withinSegment(a, b, p)) || (d2 === 0 && withinSegment(a, b, q)) || (d3 === 0 && withinSegment(p, q, a)) || (d4 === 0 && withinSegment(p, q, b));
}

/**
 * The index of the one area whose inside holds the whole polygon; -1 when the polygon lies outside
 * every area; undefined when the polygon's outline meets an area's (then it may be shared between
 * areas, and only its surface shares can say which holds most of it).
 * @param locate the area holding a point (index in `areas`, -1 for none), e.g. a point grid's
 */
export function soleArea(areas: readonly AreaGeometry[], polygon: AreaGeometry, locate: (p: Position) => number): number | undefined {
  const rings = ringsOf(polygon);
  const box = boxOf(rings);
  // Every vertex in the same area (or in none).
  const first = rings[0]?.[0];
  if (!first) return undefined;
  const holder = locate(first);
  for (const ring of rings) for (const v of ring) if (locate(v) !== holder) return undefined;
  const edges: [Position, Position, Box][] = [];
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) {
      const [p, q] = [ring[i]!, ring[i + 1]!];
      edges.push([p, q, [Math.min(p[0]!, q[0]!), Math.min(p[1]!, q[1]!), Math.max(p[0]!, q[0]!), Math.max(p[1]!, q[1]!)]]);
    }
  const parts = partsOf(polygon);
  for (const area of areas) {
    const areaRings = ringsOf(area);
    if (!boxesMeet(boxOf(areaRings), box)) continue;
    for (const ring of areaRings)
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i]!, ring[i + 1]!];
        const edgeBox: Box = [Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)];
        if (!boxesMeet(edgeBox, box)) continue;
        for (const [p, q, pqBox] of edges) if (boxesMeet(pqBox, edgeBox) && segmentsMeet(p, q, a, b)) return undefined;
        // An area (or a hole) inside the polygon: no edge meets, but the polygon is shared.
        if (parts.some((part) => pointInPolygon(a, part) !== false)) return undefined;
      }
  }
  return holder;
}
