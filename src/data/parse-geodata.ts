// Parses the geodata/ files (given as raw text keyed by their path relative to geodata/) into
// typed data. Used both by the browser (files bundled by Vite) and the CLI (files read from disk),
// so both see the same rules and the same problems.
import type { z } from './zod';
import {
  actionGeoCollectionSchema,
  programmeSchema,
  sectorCollectionSchema,
  territorySchema,
  versionIndexSchema,
  type ActionCollection,
  type ActionGeoCollection,
  type SectorCollection,
} from './schemas';
import { zodProblems, type DataProblem } from './problems';
import { GEODATA_FILES, versionInForce, type GeoData } from './geodata';
import { joinSuivi, readSuiviTable, SUIVI_FILE } from './suivi';

export { GEODATA_FILES, versionInForce, type GeoData };

export type ParsedGeoData = { ok: true; data: GeoData } | { ok: false; problems: DataProblem[] };

function parseFile<S extends z.ZodType>(files: Readonly<Record<string, string>>, name: string, schema: S, problems: DataProblem[]): z.infer<S> | null {
  const text = files[name];
  if (text === undefined) {
    problems.push({ file: name, featureId: null, issue: { code: 'missing-file' } });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push({ file: name, featureId: null, issue: { code: 'bad-json', detail: (e as Error).message } });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(name, parsed.error, raw));
    return null;
  }
  return parsed.data;
}

export function duplicateIds(file: string, ids: readonly string[], problems: DataProblem[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, featureId: id, issue: { code: 'duplicate-id', id } });
    seen.add(id);
  }
}

export function parseGeoData(files: Readonly<Record<string, string>>): ParsedGeoData {
  const problems: DataProblem[] = [];
  const territory = parseFile(files, GEODATA_FILES.territory, territorySchema, problems);
  const index = parseFile(files, GEODATA_FILES.versions, versionIndexSchema, problems);
  const actionPlaces = parseFile(files, GEODATA_FILES.actions, actionGeoCollectionSchema, problems);
  const programme = parseFile(files, GEODATA_FILES.programme, programmeSchema, problems);

  const sectorsByVersion: Record<string, SectorCollection> = {};
  if (index) {
    duplicateIds(
      GEODATA_FILES.versions,
      index.versions.map((v) => v.id),
      problems,
    );
    // A territory preparing its ORT has only projects (geodata:new writes one); once one version is
    // signed, one must be in force.
    if (!index.versions.some((v) => v.etat === 'en-vigueur') && index.versions.some((v) => v.etat !== 'projet')) {
      problems.push({ file: GEODATA_FILES.versions, featureId: null, issue: { code: 'no-version-in-force' } });
    }
    for (const version of index.versions) {
      const sectors = parseFile(files, version.file, sectorCollectionSchema, problems);
      if (!sectors) continue;
      duplicateIds(
        version.file,
        sectors.features.map((f) => f.properties.id),
        problems,
      );
      sectorsByVersion[version.id] = sectors;
    }
  }
  if (actionPlaces)
    duplicateIds(
      GEODATA_FILES.actions,
      actionPlaces.features.map((f) => f.properties.id),
      problems,
    );
  const actions = actionPlaces && suiviActions(files, actionPlaces, problems);

  if (problems.length > 0 || !territory || !index || !actions || !programme) return { ok: false, problems };
  return { ok: true, data: { territory, versions: index.versions, sectorsByVersion, actions, programme, builtTable: null } };
}

/** actions.geojson joined with suivi.csv, whose problems are named by line (file « suivi.csv »). */
function suiviActions(files: Readonly<Record<string, string>>, places: ActionGeoCollection, problems: DataProblem[]): ActionCollection | null {
  const text = files[SUIVI_FILE];
  if (text === undefined) {
    problems.push({ file: SUIVI_FILE, featureId: null, issue: { code: 'missing-file' } });
    return null;
  }
  const read = readSuiviTable(text);
  const joined = read.ok ? joinSuivi(places, read.rows) : read;
  if (joined.ok) return joined.actions;
  problems.push(...joined.problems.map((issue) => ({ file: SUIVI_FILE, featureId: null, issue })));
  return null;
}
