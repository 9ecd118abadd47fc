// The contours slice's keys and actions, as the rest of the app sees them (implemented in ../contours.ts).
import type { CommuneContours } from '../../data/schemas';
import type { CommuneIndex } from '../../geo/commune-of';

export type ContoursState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly contours: CommuneContours; readonly index: CommuneIndex; readonly from: 'network' | 'cache' }
  /** `reason`: the service's failure code (timeout, network…), worded by the UI in its language. */
  | { readonly status: 'failed'; readonly reason: string };

export interface ContoursSlice {
  readonly contours: ContoursState;
  setContours(contours: ContoursState): void;
  /** Ask the official contours (an injected service) and index the EPCI's communes. */
  loadContours(): Promise<void>;
}
