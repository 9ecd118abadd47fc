// A perimeter version as a GeoJSON file (RFC 7946): counterclockwise exterior rings, 6 decimals
// (about 10 cm), stable sector ids, and the version's metadata in a top-level `version` member,
// so that the file dropped in geodata/perimetres/ passes `npm run check:data`.
import { rewind } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SectorCollection, VersionMeta } from '../data/schemas';

const round = (p: Position): Position => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];

function clean(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const rings = (rs: Position[][]) => rs.map((r) => r.map(round));
  const rounded: Polygon | MultiPolygon =
    geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: rings(geometry.coordinates) } : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) };
  return rewind(rounded, { reverse: false }) as Polygon | MultiPolygon;
}

export function exportVersion(meta: VersionMeta, sectors: SectorCollection): string {
  const { file: _file, ...version } = meta;
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      version,
      features: sectors.features.map((f) => ({
        type: 'Feature',
        properties: { id: f.properties.id, nom: f.properties.nom, description: f.properties.description, provenance: f.properties.provenance },
        geometry: clean(f.geometry),
      })),
    },
    null,
    1,
  )}\n`;
}
