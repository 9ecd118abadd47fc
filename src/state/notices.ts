// Messages to the user that outlive a click: each has its own id, so two problems never hide
// each other, and a dismissed one stays dismissed until it happens again.
import type { SliceContext } from './app-state';
import type { NoticesSlice } from './shape/notices';
export type { NoticesSlice } from './shape/notices';

export function createNoticesSlice({ set, get }: SliceContext): NoticesSlice {
  return {
    notices: [],
    dismissed: [],
    notify(notice) {
      set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] });
      get().reopenNotice(notice.id);
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id), dismissed: [...get().dismissed.filter((d) => d !== id), id] });
    },
    reopenNotice(id) {
      if (get().dismissed.includes(id)) set({ dismissed: get().dismissed.filter((d) => d !== id) });
    },
  };
}
