// Undo and redo, as pure functions on a value's history: the drafts slice keeps one per draft.

export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** How many steps back a history keeps. */
const HISTORY_LIMIT = 100;

/** `present` is about to be replaced: remember it, and forget what had been undone. */
export function record<T>(history: History<T>, present: T, limit = HISTORY_LIMIT): History<T> {
  return { past: [...history.past, present].slice(-limit), future: [] };
}

export type Step = 'undo' | 'redo';

/** One step back (undo) or forward (redo) from `present`; null when there is nothing to go to. */
export function step<T>(history: History<T>, present: T, direction: Step): { readonly history: History<T>; readonly present: T } | null {
  if (direction === 'undo') {
    if (history.past.length === 0) return null;
    return { present: history.past[history.past.length - 1]!, history: { past: history.past.slice(0, -1), future: [present, ...history.future] } };
  }
  if (history.future.length === 0) return null;
  const [next, ...future] = history.future;
  return { present: next!, history: { past: [...history.past, present], future } };
}

export const canStep = <T>(history: History<T> | undefined, direction: Step): boolean => !!history && (direction === 'undo' ? history.past.length > 0 : history.future.length > 0);
