// What can be wrong with a geometry or a set of sectors, as codes with parameters. Sentences are
// not written here: src/i18n turns a problem into French or English (the CLI speaks French).

export type LonLat = readonly [lon: number, lat: number];

/** Which ring: `part` is the polygon's index in a MultiPolygon (null for a Polygon), ring 0 the exterior. */
export interface RingRef {
  readonly part: number | null;
  readonly ring: number;
}

export type RingProblem =
  | { readonly code: 'too-few-positions'; readonly ring: RingRef; readonly count: number }
  | { readonly code: 'unclosed-ring'; readonly ring: RingRef; readonly first: LonLat; readonly last: LonLat }
  | { readonly code: 'self-intersection'; readonly ring: RingRef; readonly at: LonLat }
  /** An exterior ring clockwise, or a hole counterclockwise (RFC 7946): `ring.ring` says which. */
  | { readonly code: 'wrong-winding'; readonly ring: RingRef };

export type GeoProblem =
  | RingProblem
  /** Positions outside the EPCI's bounding box: swapped lat/lon, or not WGS84. */
  | { readonly code: 'outside-epci'; readonly count: number; readonly example: LonLat }
  /** Inside the box, but in no commune of the EPCI. */
  | { readonly code: 'outside-communes' }
  | { readonly code: 'empty-name' }
  /** A polygon with no area (collapsed to a line or a point). */
  | { readonly code: 'degenerate' }
  | { readonly code: 'bad-id'; readonly id: string }
  | { readonly code: 'duplicate-id'; readonly id: string }
  | { readonly code: 'overlap'; readonly other: string; readonly areaM2: number }
  /** Most of the sector lies in a commune that does not sign this version. */
  | { readonly code: 'outside-signatories'; readonly insee: string }
  /** A warning: the sector spreads over several communes (the first holds most of it). */
  | { readonly code: 'straddles-communes'; readonly communes: readonly string[] }
  /** No sector holds the PVD town's centre, which an ORT must include (a version-level problem). */
  | { readonly code: 'missing-town-centre'; readonly insee: string };

/** Problems that do not make a version invalid: shown, and kept in mind, but nothing is refused for them. */
export const isWarning = (p: GeoProblem): boolean => p.code === 'straddles-communes';
