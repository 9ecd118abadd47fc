// The official commune contours: loading, ready (with the index that says which commune holds a
// place), or failed (the map and the answers say so).
import { indexCommunes } from '../geo/commune-of';
import type { SliceContext } from './app-state';
import type { ContoursSlice } from './shape/contours';
export type { ContoursSlice } from './shape/contours';

export function createContoursSlice({ set, data, services }: SliceContext): ContoursSlice {
  return {
    contours: { status: 'loading' },
    setContours(contours) {
      set({ contours });
    },
    async loadContours() {
      const result = await services.loadContours().catch((e: unknown) => ({ ok: false as const, reason: 'failed', message: String(e) }));
      const members = data.territory.communes.map((c) => c.insee);
      if (result.ok) set({ contours: { status: 'ready', contours: result.value.contours, index: indexCommunes(result.value.contours, members), from: result.value.from } });
      else set({ contours: { status: 'failed', reason: result.reason } });
    },
  };
}
