// The official commune contours (geo.api.gouv.fr or its saved copy), indexed for "which commune".
import type { CommuneContours } from '../data/schemas';
import type { CommuneIndex } from '../geo/commune-of';
import type { SliceContext } from './store';

export type ContoursState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly contours: CommuneContours; readonly index: CommuneIndex; readonly from: 'network' | 'cache' }
  | { readonly status: 'failed'; readonly message: string };

export interface ContoursSlice {
  readonly contours: ContoursState;
  setContours(contours: ContoursState): void;
}

export function createContoursSlice({ set }: SliceContext): ContoursSlice {
  return {
    contours: { status: 'loading' },
    setContours(contours) {
      set({ contours });
    },
  };
}
