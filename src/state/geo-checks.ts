// Checks of large perimeters in the validation worker: an imported file, a very detailed draft.
// The slice holds their results; its actions' code (worker-checks.ts) loads with the first file
// or large draft, not with the first screen.
import type { SliceContext } from './app-state';
import { slug } from '../data/ids';
import { versionById, versionSectors } from './versions';
import type { GeoChecksSlice } from './shape/geo-checks';

export type { GeoChecksSlice } from './shape/geo-checks';

type Actions = Omit<GeoChecksSlice, 'workerChecks' | 'readShapefile' | 'shapefileOf'>;

export function createGeoChecksSlice(ctx: SliceContext): GeoChecksSlice {
  let actions: Promise<Actions> | null = null;
  const load = (): Promise<Actions> => {
    actions ??= import('./worker-checks').then((m) => m.createWorkerChecks(ctx));
    return actions;
  };
  return {
    workerChecks: {},
    readPerimeterFile: async (name, text) => (await load()).readPerimeterFile(name, text),
    // The shapefile reader (shpjs, an unzipper) loads with the first zip.
    readShapefile: async (bytes, nameField) => (await import('../geo/shapefile')).readShapefileZip(bytes, nameField),
    // The writer (shp-write, jszip) loads with the first export.
    async shapefileOf(versionId) {
      const sectors = versionSectors(ctx.get(), versionId);
      const version = versionById(ctx.get(), versionId);
      if (!sectors || !version) return null;
      const name = slug(version.label) || versionId;
      return { name: `${name}.zip`, zip: await (await import('../geo/shapefile-export')).shapefileZip(sectors, name) };
    },
    importPerimeterFile: async (name, text, wording) => (await load()).importPerimeterFile(name, text, wording),
    checkLargeDraft: (draftId) => void load().then((a) => a.checkLargeDraft(draftId)),
  };
}
