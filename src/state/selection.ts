// What the user is looking at: nothing, a sector, an action, a commune, or a place.
import { sectorAt } from '../geo/sector-of';
import { currentSectors, hasSector } from './versions';
import { toggleCommuneAt } from './extension';
import type { AppState, SliceContext } from './app-state';
import type { SelectionSlice } from './shape/selection';
export type { Selection, SelectionSlice } from './shape/selection';

export const hasAction = (s: AppState, id: string): boolean => s.data.actions.features.some((f) => f.properties.id === id);
export const hasCommune = (s: AppState, insee: string): boolean => s.data.territory.communes.some((c) => c.insee === insee);

export function createSelectionSlice({ set, get }: SliceContext): SelectionSlice {
  return {
    selection: { kind: 'none' },
    selectSector(id) {
      if (hasSector(get(), get().versionId, id)) set({ selection: { kind: 'sector', id } });
    },
    selectAction(id) {
      if (hasAction(get(), id)) set({ selection: { kind: 'action', id } });
    },
    selectCommune(insee) {
      if (hasCommune(get(), insee)) set({ selection: { kind: 'commune', insee } });
    },
    selectPoint(lngLat, label = null) {
      set({ selection: { kind: 'point', lngLat: [lngLat[0], lngLat[1]], label } });
    },
    clickAt(lngLat) {
      if (get().extension !== null) return toggleCommuneAt(get(), lngLat);
      const sector = sectorAt(currentSectors(get()), lngLat);
      if (sector) set({ selection: { kind: 'sector', id: sector, at: [lngLat[0], lngLat[1]] } });
      else get().selectPoint(lngLat);
    },
    clearSelection() {
      set({ selection: { kind: 'none' } });
    },
  };
}
