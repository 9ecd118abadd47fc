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
  /** The action table the build was made with (suivi.csv): its date and digest, to tell whether the
   * table published since then is another one. Null outside a build (CLI, tests). */
  readonly builtTable: BuiltTable | null;
}

export interface BuiltTable {
  /** The build's day (AAAA-MM-JJ): the date of the figures shown when the published table is refused. */
  readonly builtAt: string;
  /** SHA-256 of the table's bytes, hex. */
  readonly sha256: string;
}

export const GEODATA_FILES = {
  territory: 'territory.json',
  versions: 'versions.json',
  actions: 'actions.geojson',
  programme: 'programme.json',
} as const;

/** The version in force (etat « en-vigueur »), else the last listed: the one shown first. */
export const versionInForce = (data: Pick<GeoData, 'versions'>): VersionMeta => data.versions.find((v) => v.etat === 'en-vigueur') ?? data.versions[data.versions.length - 1]!;

/** Files already checked (by check:data at build time) put together, with the actions already
 * joined with their table at build time (the browser does not parse CSV unless the table changed). */
export function assembleCheckedGeoData(files: Readonly<Record<string, string>>, built: { readonly actions: ActionCollection; readonly table: BuiltTable }): GeoData {
  const read = <T>(name: string): T => JSON.parse(files[name]!) as T;
  const { versions } = read<{ versions: VersionMeta[] }>(GEODATA_FILES.versions);
  return {
    territory: read<Territory>(GEODATA_FILES.territory),
    versions,
    sectorsByVersion: Object.fromEntries(versions.map((v) => [v.id, read<SectorCollection>(v.file)])),
    actions: built.actions,
    programme: read<Programme>(GEODATA_FILES.programme),
    builtTable: built.table,
  };
}
