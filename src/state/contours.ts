import type { SliceContext } from './app-state';
import type { ContoursSlice } from './shape/contours';
export type { ContoursSlice } from './shape/contours';

export function createContoursSlice({ set }: SliceContext): ContoursSlice {
  return {
    contours: { status: 'loading' },
    setContours(contours) {
      set({ contours });
    },
  };
}
