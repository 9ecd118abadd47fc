// The project data as the app holds it, and how the geodata/ files assemble into it. The files
// bundled into the app are checked at build time (npm run build runs check:data, with zod); the
// browser then only assembles them, without loading a validator on the first screen.
import type { ActionCollection, Programme, SectorCollection, Territory, VersionMeta } from './schemas';

export interface GeoData {
  readonly territory: Territory;
  readonly versions: readonly VersionMeta[];
  readonly sectorsByVersion: Readonly<Record<string, SectorCollection>>;
  readonly actions: ActionCollection;
  readonly programme: Programme;
}

export const GEODATA_FILES = {
  territory: 'territory.json',
  versions: 'versions.json',
  actions: 'actions.geojson',
  programme: 'programme.json',
} as const;

/** The version in force (etat « en-vigueur »), else the last listed: the one shown first. */
export const versionInForce = (data: Pick<GeoData, 'versions'>): VersionMeta => data.versions.find((v) => v.etat === 'en-vigueur') ?? data.versions[data.versions.length - 1]!;

/** Files already checked (by check:data at build time) put together; no validation here. */
export function assembleCheckedGeoData(files: Readonly<Record<string, string>>): GeoData {
  const read = <T>(name: string): T => JSON.parse(files[name]!) as T;
  const { versions } = read<{ versions: VersionMeta[] }>(GEODATA_FILES.versions);
  return {
    territory: read<Territory>(GEODATA_FILES.territory),
    versions,
    sectorsByVersion: Object.fromEntries(versions.map((v) => [v.id, read<SectorCollection>(v.file)])),
    actions: read<ActionCollection>(GEODATA_FILES.actions),
    programme: read<Programme>(GEODATA_FILES.programme),
  };
}
