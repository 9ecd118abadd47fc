// Which communes hold a sector of a draft, for the extension's scenario (loaded with it).
import { createSelector } from 'reselect';
import { labelPoint } from '../geo/label-point';
import { versionSectors } from './versions';
import type { AppState } from './app-state';

/** Which communes hold a sector of a draft (the commune at a point inside each sector: cheap even
 * for a very detailed outline); empty without contours. */
export const communeSectors = createSelector(
  [(s: AppState, id: string) => versionSectors(s, id), (s: AppState) => s.contours],
  (sectors, contours): ReadonlyMap<string, readonly string[]> => {
    const held = new Map<string, string[]>();
    if (!sectors || contours.status !== 'ready') return held;
    for (const f of sectors.features) {
      const insee = contours.index.locate({ type: 'Point', coordinates: labelPoint(f.geometry) })?.id;
      if (insee) held.set(insee, [...(held.get(insee) ?? []), f.properties.id]);
    }
    return held;
  },
);
