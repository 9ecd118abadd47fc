// Everything that went wrong or is degraded, in words, in one live region.
import { useRef } from 'preact/hooks';
import { formatPartialDate, type MessageKey } from '../i18n';
import type { View } from '../state/shape/ui';
import { failureKey, useAppState, useStore, useT } from './store-context';

/**
 * `overMap`: the notices sit in a band at the bottom of the map, the newest on top, so that a notice
 * arriving never moves those already read (no layout shift); elsewhere they are in the page's flow,
 * in the order they came.
 */
export function Notices({ overMap = false }: { overMap?: boolean }) {
  const t = useT();
  // The order notices first appeared in (the contours' and the basemap's failures come in either order).
  const arrival = useRef(new Map<string, number>());
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
  for (const n of all) if (!arrival.current.has(n.id)) arrival.current.set(n.id, arrival.current.size);
  const order = (id: string) => arrival.current.get(id)!;
  const items = all.filter((n) => !dismissed.includes(n.id)).sort((a, b) => (overMap ? order(b.id) - order(a.id) : order(a.id) - order(b.id)));

  return (
    <div class={overMap ? 'notices notices--over-map' : 'notices'} role="status" aria-live="polite">
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
