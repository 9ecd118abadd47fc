// Which actions are shown (axis and status filters, shared by the map legend and the list) and
// how the list view sorts them.
import { createSelector } from 'reselect';
import { AXES, STATUSES } from '../data/vocabulary';
import type { ActionFeature } from '../data/schemas';
import type { AppState, SliceContext } from './app-state';
import type { ListSort, SortKey, FiltersSlice } from './shape/filters';
export type { SortKey, FiltersSlice } from './shape/filters';
export { SORT_KEYS } from './shape/filters';

/** Toggle one item of a closed list, keeping the list's own order. */
const toggled = <T>(all: readonly T[], chosen: readonly T[], item: T): T[] =>
  chosen.includes(item) ? chosen.filter((c) => c !== item) : all.filter((a) => a === item || chosen.includes(a));

export const isActionShown = (s: Pick<AppState, 'axes' | 'statuses'>, a: ActionFeature): boolean => s.axes.includes(a.properties.axe) && s.statuses.includes(a.properties.statut);

export const shownActions = createSelector(
  [(s: AppState) => s.data.actions.features, (s: AppState) => s.axes, (s: AppState) => s.statuses],
  (actions, axes, statuses): readonly ActionFeature[] => actions.filter((a) => isActionShown({ axes, statuses }, a)),
);

/** The actions shown by the filters, in the list view's order. Sorting compares the visible labels. */
export function sortedActions(shown: readonly ActionFeature[], { key, descending }: ListSort, label: (a: ActionFeature, key: SortKey) => string): ActionFeature[] {
  const order = key === 'statut' ? (a: ActionFeature) => String(STATUSES.indexOf(a.properties.statut)) : (a: ActionFeature) => label(a, key);
  const sorted = [...shown].sort((a, b) => order(a).localeCompare(order(b), 'fr', { sensitivity: 'base' }) || a.properties.titre.localeCompare(b.properties.titre, 'fr'));
  return descending ? sorted.reverse() : sorted;
}

export function createFiltersSlice({ set, get }: SliceContext): FiltersSlice {
  return {
    axes: [...AXES],
    statuses: [...STATUSES],
    listSort: { key: 'titre', descending: false },
    toggleAxis(axis) {
      set({ axes: toggled(AXES, get().axes, axis) });
    },
    toggleStatus(status) {
      set({ statuses: toggled(STATUSES, get().statuses, status) });
    },
    sortList(key) {
      const { listSort } = get();
      set({ listSort: { key, descending: listSort.key === key ? !listSort.descending : false } });
    },
  };
}
