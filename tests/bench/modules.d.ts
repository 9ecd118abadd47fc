// which-polygon (bench only) ships no types.
declare module 'which-polygon' {
  import type { FeatureCollection } from 'geojson';
  export default function whichPolygon<P>(data: FeatureCollection): (point: number[], multi?: boolean) => P | null;
}
