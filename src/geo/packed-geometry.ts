// Polygons as one Float64Array of coordinates plus the shape of each ring: what the validation
// worker sends back to the page. A typed array is transferred, not copied position by position
// (structured-cloning 77,000 small arrays kept the page busy for a quarter of a second).
import type { MultiPolygon, Polygon } from 'geojson';

export interface PackedArea {
  readonly type: 'Polygon' | 'MultiPolygon';
  /** For each part (a Polygon has one), each ring's [positions, dimensions] (2, or 3 with altitude). */
  readonly rings: readonly (readonly (readonly [number, number])[])[];
  readonly coords: Float64Array;
}

export function packArea(geometry: Polygon | MultiPolygon): PackedArea {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = parts.map((part) => part.map((ring) => [ring.length, ring.reduce((d, p) => Math.max(d, p.length), 2)] as [number, number]));
  const coords = new Float64Array(rings.flat().reduce((n, [size, dims]) => n + size * dims, 0));
  let i = 0;
  for (const [pi, part] of parts.entries())
    for (const [ri, ring] of part.entries()) {
      const dims = rings[pi]![ri]![1];
      for (const p of ring) for (let d = 0; d < dims; d++) coords[i++] = p[d] ?? 0;
    }
  return { type: geometry.type, rings, coords };
}

export function unpackArea(packed: PackedArea): Polygon | MultiPolygon {
  let i = 0;
  const parts = packed.rings.map((rings) =>
    rings.map(([size, dims]) => {
      const ring: number[][] = new Array(size);
      for (let k = 0; k < size; k++) {
        const p = new Array<number>(dims);
        for (let d = 0; d < dims; d++) p[d] = packed.coords[i++]!;
        ring[k] = p;
      }
      return ring;
    }),
  );
  return packed.type === 'Polygon' ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
