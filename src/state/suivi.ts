// The action table published now (suivi.csv, replaced on the host by the programme's team): read at
// each visit through the injected service, applied whole when it is right and not the table the
// build was made with; otherwise the built figures stay and a notice says so, with their date. The
// CSV reader (suivi-load.ts) loads only when the table differs from the built one, or when asked.
import type { SliceContext } from './app-state';
import type { SuiviSlice } from './shape/suivi';

export type { SuiviSlice } from './shape/suivi';

export function createSuiviSlice(ctx: SliceContext): SuiviSlice {
  const { set, get, services } = ctx;
  const reader = () => import('./suivi-load');
  const stale = () => {
    const builtAt = get().data.builtTable?.builtAt;
    if (builtAt) get().notify({ id: 'suivi', key: 'suivi.stale', params: { date: builtAt }, tone: 'warning', link: { key: 'suivi.staleLink', view: 'verifier' } });
  };
  let loading: Promise<void> | null = null;
  return {
    suivi: { status: 'pending' },
    loadPublishedTable() {
      loading ??= (async () => {
        const published = await services.publishedTable();
        if (!published.ok) {
          set({ suivi: { status: 'unreachable', failure: published.reason } });
          return stale();
        }
        const built = get().data.builtTable;
        if (built && published.value.sha256 === built.sha256) return set({ suivi: { status: 'built' } });
        const read = (await reader()).readPublishedTable(get().data.actions, published.value.bytes);
        if (!read.ok) {
          set({ suivi: { status: 'refused', problems: read.problems } });
          return stale();
        }
        set({ data: { ...get().data, actions: read.actions }, suivi: { status: 'live' } });
      })();
      return loading;
    },
    checkTable: async (bytes) => (await reader()).checkTable(get().data.actions, bytes),
    tableFile: async () => (await reader()).tableFile(get().data.actions),
  };
}
