// The resident's lookup: typed text asks the address service after a pause (the previous request
// aborted), and "Me localiser" asks the device. Both through the injected services.
import { parseCoordinates } from '../geo/parse-coordinates';
import type { SliceContext } from './app-state';
import type { LookupSlice } from './shape/lookup';
import { SEARCH_MIN_CHARS, SEARCH_DEBOUNCE_MS } from './shape/lookup';
export type { LookupSlice } from './shape/lookup';
export { SEARCH_DEBOUNCE_MS } from './shape/lookup';

export function createLookupSlice({ set, get, data, services }: SliceContext): LookupSlice {
  const citycodes = data.territory.communes.map((c) => c.insee);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  return {
    search: { status: 'idle', query: '', addresses: [] },
    locate: { status: 'idle' },
    setQuery(query) {
      clearTimeout(timer);
      inFlight?.abort();
      const wantsAddresses = query.trim().length >= SEARCH_MIN_CHARS && !parseCoordinates(query);
      set({ search: { status: wantsAddresses ? 'loading' : 'idle', query, addresses: [] } });
      if (!wantsAddresses) return;
      const controller = new AbortController();
      inFlight = controller;
      timer = setTimeout(async () => {
        const reply = await services.searchAddresses(query.trim(), citycodes, controller.signal);
        if (controller.signal.aborted) return;
        set({ search: reply.ok ? { status: 'done', query, addresses: reply.value } : { status: 'failed', query, addresses: [], reason: reply.reason } });
      }, SEARCH_DEBOUNCE_MS);
    },
    async locateMe() {
      set({ locate: { status: 'locating' } });
      const position = await services.locate();
      if (position.ok) {
        set({ locate: { status: 'idle' } });
        get().selectPoint(position.value, null);
      } else set({ locate: { status: 'failed', reason: position.reason } });
    },
  };
}
