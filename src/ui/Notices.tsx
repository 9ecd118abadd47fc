// Everything that went wrong or is degraded, in words, in one live region.
import { formatPartialDate, type MessageKey } from '../i18n';
import type { View } from '../state/shape/ui';
import { failureKey, useAppState, useStore, useT } from './store-context';

export function Notices() {
  const t = useT();
  const store = useStore();
  const notices = useAppState((s) => s.notices);
  const contours = useAppState((s) => s.contours);
  const basemap = useAppState((s) => s.basemap);
  const dismissed = useAppState((s) => s.dismissed);
  const lang = useAppState((s) => s.lang);

  const all: { id: string; text: string; tone: 'info' | 'warning'; link?: { key: MessageKey; view: View } }[] = [];
  if (contours.status === 'failed') all.push({ id: 'contours', text: t('communes.failed', { reason: t(failureKey(contours.reason)) }), tone: 'warning' });
  if (contours.status === 'ready' && contours.from === 'cache') all.push({ id: 'contours', text: t('communes.fromCache'), tone: 'info' });
  if (basemap.failed) all.push({ id: 'basemap', text: t('basemap.failed', { name: t(`basemap.${basemap.failed}`) }), tone: 'warning' });
  // Dates (AAAA-MM-JJ) are written in the language shown.
  const worded = (params: Record<string, string | number> = {}) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatPartialDate(lang, v) : v]));
  for (const n of notices) all.push({ id: n.id, text: t(n.key, worded(n.failure ? { ...n.params, reason: t(failureKey(n.failure)) } : n.params)), tone: n.tone, link: n.link });
  const items = all.filter((n) => !dismissed.includes(n.id));

  return (
    <div class="notices" role="status" aria-live="polite">
      {items.length > 1 && (
        <button
          type="button"
          class="tool-button notices__dismiss-all"
          onClick={() => {
            for (const n of items) store.getState().dismissNotice(n.id);
          }}
        >
          {t('notice.dismissAll', { count: items.length })}
        </button>
      )}
      {items.map((n) => (
        <p key={n.id} class={`notice notice--${n.tone}`} data-notice={n.id}>
          <span>
            {n.text}
            {n.link && (
              <>
                {' '}
                <button type="button" class="link-button" onClick={() => store.getState().setView(n.link!.view)}>
                  {t(n.link.key)}
                </button>
              </>
            )}
          </span>
          <button type="button" class="notice__dismiss" aria-label={t('notice.dismiss')} onClick={() => store.getState().dismissNotice(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
