// True while the build prerenders the first screen into index.html (src/prerender.tsx): what the
// action table published today can change (statuses, budgets, what moved since the COPIL) is left
// out of that HTML, never shown stale; the app fills it in when it takes the page over.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const PrerenderContext = createContext(false);

export const usePrerendering = (): boolean => useContext(PrerenderContext);
