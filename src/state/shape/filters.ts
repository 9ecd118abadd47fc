// The filters slice's keys and actions, as the rest of the app sees them (implemented in ../filters.ts).
import type { Axis, Status } from '../../data/schemas';

export const SORT_KEYS = ['titre', 'axe', 'statut', 'commune', 'secteur'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface ListSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export interface FiltersSlice {
  readonly axes: readonly Axis[];
  readonly statuses: readonly Status[];
  readonly listSort: ListSort;
  toggleAxis(axis: Axis): void;
  toggleStatus(status: Status): void;
  /** Sort the list by a column; the same column again reverses the order. */
  sortList(key: SortKey): void;
}
