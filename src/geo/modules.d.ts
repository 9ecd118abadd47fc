// Types for polylabel (ships none).
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (its rings as [lon, lat] arrays): the point inside it
   * farthest from its edges, to `precision` in the coordinates' units. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
