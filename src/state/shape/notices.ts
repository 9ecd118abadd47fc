// The notices slice's keys and actions, as the rest of the app sees them (implemented in ../notices.ts).
import type { View } from './ui';
import type { MessageKey } from '../../i18n';

interface Notice {
  readonly id: string;
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
  readonly tone: 'info' | 'warning';
  /** A service's failure code (timeout, network, unavailable…): the UI words it as {reason}. */
  readonly failure?: string;
  /** A view where the user can do something about it (the table's problems: `verifier`). */
  readonly link?: { readonly key: MessageKey; readonly view: View };
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
