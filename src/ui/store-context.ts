// Components read the store through these hooks; they never keep their own copy of its data.
import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import type { AppState, AppStore } from '../state/app-state';
import { translate, type MessageKey } from '../i18n';
import type { ActionFeature } from '../data/schemas';
import { isActionShown } from '../state/filters';
import { territoryWords } from '../state/selectors';

export const StoreContext = createContext<AppStore | null>(null);

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}

/** Re-renders when what the selector returns changes (compared with Object.is): select a slice's
 * key, or a memoized selector, never the whole state. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useStore();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const rendered = selector(store.getState());
  const renderedRef = useRef(rendered);
  renderedRef.current = rendered;
  useEffect(() => {
    const unsubscribe = store.subscribe((next, prev) => {
      if (!Object.is(selectorRef.current(next), selectorRef.current(prev))) rerender(0);
    });
    // The store may have changed between this render and the subscription (effects run after the
    // frame): a component mounted late (a lazy one) would otherwise keep showing the older value.
    if (!Object.is(selectorRef.current(store.getState()), renderedRef.current)) rerender(0);
    return unsubscribe;
  }, [store]);
  return rendered;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Sentences in the UI's language, naming the territory with the words of its geodata. */
export function useT(): Translate {
  const lang = useAppState((s) => s.lang);
  const words = useAppState(territoryWords);
  return (key, params) => translate(lang, key, params ? { ...words, ...params } : words);
}

/** Whether an action passes the axis and status filters; re-renders when the filters change. */
export function useIsShown(): (a: ActionFeature) => boolean {
  const axes = useAppState((s) => s.axes);
  const statuses = useAppState((s) => s.statuses);
  return (a) => isActionShown({ axes, statuses }, a);
}

const FAILURES = ['aborted', 'timeout', 'network', 'http', 'not-json', 'invalid', 'no-cache', 'unavailable', 'unreadable'] as const;

/** A service's failure code (Result.reason) as the UI words it: never the service's or the browser's
 * own sentence ("Failed to fetch"), which stays in the console. */
export const failureKey = (code: string): MessageKey => (FAILURES.includes(code as (typeof FAILURES)[number]) ? `failure.${code as (typeof FAILURES)[number]}` : 'failure.other');
