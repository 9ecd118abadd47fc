// The programme at a glance: actions counted by axis × status, by commune and by sector, and the
// known budgets by axis with how many are unknown. Over the actions the shared filters show.
import { createSelector } from 'reselect';
import { AXES, STATUSES } from '../data/vocabulary';
import type { ActionFeature, Axis, Status } from '../data/schemas';
import { shownActions } from './filters';
import { knownSum } from '../geo/measure';
import { currentSectors, placements } from './versions';
import type { AppState } from './app-state';

export interface ActionMatrix {
  readonly cells: Readonly<Record<Axis, Readonly<Record<Status, number>>>>;
  readonly byAxis: Readonly<Record<Axis, number>>;
  readonly byStatus: Readonly<Record<Status, number>>;
  readonly total: number;
}

export const actionMatrix = createSelector([shownActions], (actions): ActionMatrix => {
  const cells = Object.fromEntries(
    AXES.map((a) => [a, Object.fromEntries(STATUSES.map((st) => [st, actions.filter((x) => x.properties.axe === a && x.properties.statut === st).length]))]),
  ) as Record<Axis, Record<Status, number>>;
  return {
    cells,
    byAxis: Object.fromEntries(AXES.map((a) => [a, STATUSES.reduce((sum, st) => sum + cells[a][st], 0)])) as Record<Axis, number>,
    byStatus: Object.fromEntries(STATUSES.map((st) => [st, AXES.reduce((sum, a) => sum + cells[a][st], 0)])) as Record<Status, number>,
    total: actions.length,
  };
});

export interface CountRow {
  /** INSEE code, sector id, or null for "elsewhere / not known". */
  readonly id: string | null;
  readonly count: number;
}

/** Shown actions by commune (official contours); `id: null` counts those whose commune is not known. */
export const actionsPerCommune = createSelector([shownActions, placements, (s: AppState) => s.data.territory.communes], (actions, placed, communes): readonly CountRow[] => {
  const rows: CountRow[] = communes.map((c) => ({ id: c.insee, count: actions.filter((a) => placed[a.properties.id]?.commune?.insee === c.insee).length }));
  const unknown = actions.filter((a) => !placed[a.properties.id]?.commune).length;
  return unknown > 0 ? [...rows, { id: null, count: unknown }] : rows;
});

/** Shown actions by sector of the version shown; `id: null` counts those outside every sector. */
export const actionsPerSector = createSelector([shownActions, placements, currentSectors], (actions, placed, sectors): readonly CountRow[] => [
  ...sectors.map((f) => ({ id: f.properties.id, count: actions.filter((a) => placed[a.properties.id]?.sectorId === f.properties.id).length })),
  { id: null, count: actions.filter((a) => !placed[a.properties.id]?.sectorId).length },
]);

export interface AxisBudget {
  readonly axis: Axis;
  /** Euros, over the actions whose budget is known; null when none is. */
  readonly known: number | null;
  readonly unknown: number;
}

/** Known budgets summed by axis, with how many are unknown: never a made-up total. */
export const budgetsByAxis = createSelector([shownActions], (actions): readonly AxisBudget[] =>
  AXES.map((axis) => {
    const here = actions.filter((a) => a.properties.axe === axis);
    return { axis, known: knownSum(here.map((a) => a.properties.budget)), unknown: here.filter((a) => a.properties.budget === null).length };
  }),
);

/** What moved since the programme's last steering committee: each action whose status took effect
 * after it (suivi.csv's `depuis`), latest first. Null when programme.json names no committee. */
export interface MovedSinceCopil {
  readonly copil: { readonly id: string; readonly date: string };
  readonly actions: readonly ActionFeature[];
}
export const movedSinceCopil = createSelector([(s: AppState) => s.data.actions, (s: AppState) => s.data.programme.etapes], (actions, etapes): MovedSinceCopil | null => {
  const last = etapes
    .filter((e) => e.copil)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!last) return null;
  // A committee dated to the month (2026-01) is over by the month's end: a change in it may be its decision.
  const after = last.date.length === 10 ? last.date : `${last.date}-99`;
  return {
    copil: { id: last.id, date: last.date },
    actions: actions.features.filter((a) => a.properties.depuis !== null && a.properties.depuis > after).sort((a, b) => b.properties.depuis!.localeCompare(a.properties.depuis!)),
  };
});
