// Components read the store through these hooks; they never keep their own copy of its data.
import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import type { AppState, AppStore } from '../state/store';
import { translate, type MessageKey } from '../i18n';

export const StoreContext = createContext<AppStore | null>(null);

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}

/** Re-renders when the selected slice changes (compared with Object.is). */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useStore();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (!Object.is(selectorRef.current(next), selectorRef.current(prev))) rerender(0);
      }),
    [store],
  );
  return selector(store.getState());
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): Translate {
  const lang = useAppState((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
