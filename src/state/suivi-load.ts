// The CSV side of the suivi slice, loaded when a table must be read or written (papaparse with it).
import { joinSuivi, readSuiviTable, writeSuiviTable, type SuiviProblem } from '../data/suivi';
import type { ActionCollection, ActionProperties } from '../data/schemas';
import type { ActionChange, TableCheck } from './shape/suivi';

/** The actions with the tracking fields of `bytes` (every action in both), or every problem. */
export function readPublishedTable(actions: ActionCollection, bytes: Uint8Array): { ok: true; actions: ActionCollection } | { ok: false; problems: readonly SuiviProblem[] } {
  const read = readSuiviTable(bytes);
  return read.ok ? joinSuivi(actions, read.rows) : read;
}

const TRACKED: readonly (keyof ActionProperties)[] = ['titre', 'axe', 'statut', 'depuis', 'budget', 'financement', 'debut', 'fin', 'porteur'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function checkTable(actions: ActionCollection, bytes: Uint8Array): TableCheck {
  const read = readPublishedTable(actions, bytes);
  if (!read.ok) return read;
  const changes: ActionChange[] = [];
  read.actions.features.forEach((f, i) => {
    const before = actions.features[i]!.properties;
    const fields = TRACKED.filter((k) => !same(before[k], f.properties[k]));
    if (fields.length > 0) changes.push({ id: f.properties.id, before, after: f.properties, fields });
  });
  return { ok: true, changes };
}

export const tableFile = (actions: ActionCollection): string => writeSuiviTable(actions);
