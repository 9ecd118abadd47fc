// Messages to the user that outlive a click: each has its own id, so two problems never hide
// each other, and a dismissed one stays dismissed until it happens again.
import type { MessageKey } from '../i18n';
import type { SliceContext } from './store';

export interface Notice {
  readonly id: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
  readonly tone: 'info' | 'warning';
}

export interface NoticesSlice {
  readonly notices: readonly Notice[];
  /** Ids of notices the user dismissed, including those derived from contours and basemap state. */
  readonly dismissed: readonly string[];
  /** Show a notice (replacing one with the same id), even if an earlier one with its id was dismissed. */
  notify(notice: Notice): void;
  dismissNotice(id: string): void;
  /** A derived notice (contours, basemap) happens again: show it even if it was dismissed before. */
  reopenNotice(id: string): void;
}

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
