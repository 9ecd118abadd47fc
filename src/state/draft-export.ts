// A draft as a GeoJSON file, for the draft panel (loaded with it, with Turf's rewind).
import { exportVersion } from '../geo/export-version';
import { versionById, versionSectors } from './versions';
import type { AppState } from './app-state';

export function exportDraftGeoJson(s: AppState, id: string): string | null {
  const meta = versionById(s, id);
  const sectors = versionSectors(s, id);
  return meta && sectors ? exportVersion(meta, sectors) : null;
}
