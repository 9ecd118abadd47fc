// Structural checks of polygon rings, reported in French with a stable code for tests and tools.
// RFC 7946: rings are closed, have at least 4 positions, exterior rings run counterclockwise and
// holes clockwise; a ring must not cross itself.
import { booleanClockwise, kinks, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type RingProblemCode = 'unclosed-ring' | 'too-few-positions' | 'self-intersection' | 'wrong-winding';
export interface RingProblem {
  readonly code: RingProblemCode;
  readonly message: string;
}

const fmt = (p: Position) => `${p[1]!.toFixed(5)} N, ${p[0]!.toFixed(5)} E`;

function ringName(polygonIndex: number, ringIndex: number, multi: boolean): string {
  const ring = ringIndex === 0 ? 'contour extérieur' : `trou n° ${ringIndex}`;
  return multi ? `${ring} de la partie n° ${polygonIndex + 1}` : ring;
}

export function ringProblems(geometry: Polygon | MultiPolygon): RingProblem[] {
  const multi = geometry.type === 'MultiPolygon';
  const polygons = multi ? geometry.coordinates : [geometry.coordinates];
  const problems: RingProblem[] = [];
  polygons.forEach((rings, pi) => {
    rings.forEach((ring, ri) => {
      const name = ringName(pi, ri, multi);
      if (ring.length < 4) {
        problems.push({ code: 'too-few-positions', message: `${name} : ${ring.length} sommets, il en faut au moins 4 (le premier répété à la fin)` });
        return;
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.push({ code: 'unclosed-ring', message: `${name} non fermé : le dernier sommet (${fmt(last)}) doit répéter le premier (${fmt(first)})` });
        return;
      }
      const crossings = kinks(polygon([ring])).features;
      if (crossings.length > 0) {
        problems.push({ code: 'self-intersection', message: `${name} se recoupe lui-même près de ${fmt(crossings[0]!.geometry.coordinates)}` });
        return;
      }
      const clockwise = booleanClockwise(ring);
      if (ri === 0 && clockwise) problems.push({ code: 'wrong-winding', message: `${name} tourne dans le sens horaire ; la norme GeoJSON (RFC 7946) demande le sens antihoraire` });
      if (ri > 0 && !clockwise) problems.push({ code: 'wrong-winding', message: `${name} tourne dans le sens antihoraire ; un trou doit tourner dans le sens horaire (RFC 7946)` });
    });
  });
  return problems;
}
