// The suivi slice's keys and actions (implemented in ../suivi.ts): the action table published now,
// beside the one the build was made with.
import type { SuiviProblem } from '../../data/suivi';
import type { ActionProperties } from '../../data/schemas';

type SuiviState =
  /** Not read yet (the first screen waits a moment for it). */
  | { readonly status: 'pending' }
  /** The table published is the one the build was made with. */
  | { readonly status: 'built' }
  /** Another table, read and applied whole. */
  | { readonly status: 'live' }
  /** Published but refused whole: the built figures stay. */
  | { readonly status: 'refused'; readonly problems: readonly SuiviProblem[] }
  /** Not downloaded (network, HTTP error): the built figures stay. */
  | { readonly status: 'unreachable'; readonly failure: string };

/** One action that a table would change, field by field (only the fields that differ). */
export interface ActionChange {
  readonly id: string;
  readonly before: ActionProperties;
  readonly after: ActionProperties;
  readonly fields: readonly (keyof ActionProperties)[];
}

/** What a table checked before publication would do: its problems, or its changes. */
export type TableCheck = { readonly ok: false; readonly problems: readonly SuiviProblem[] } | { readonly ok: true; readonly changes: readonly ActionChange[] };

export interface SuiviSlice {
  readonly suivi: SuiviState;
  /** Reads the table published now and applies it whole when it is right, else keeps the built figures and says so. */
  loadPublishedTable(): Promise<void>;
  /** « Vérifier un tableau modifié »: what the table would change, or its problems. Stores nothing. */
  checkTable(bytes: Uint8Array): Promise<TableCheck>;
  /** « Télécharger le tableau de suivi »: the table of the actions shown, as a spreadsheet opens it. */
  tableFile(): Promise<string>;
}
