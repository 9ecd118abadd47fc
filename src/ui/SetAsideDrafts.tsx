// Drafts this browser kept but could not read: each can be downloaded (to mend or send) or discarded.
import { download } from './download';
import { useAppState, useStore, useT } from './store-context';

export function SetAsideDrafts() {
  const t = useT();
  const store = useStore();
  const records = useAppState((s) => s.setAside);
  if (records.length === 0) return null;
  return (
    <section class="set-aside" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">{t('draft.setAsideTitle', { count: records.length })}</h3>
      <p class="muted">{t('draft.setAsideHelp')}</p>
      <ul>
        {records.map((r) => (
          <li key={r.key} data-set-aside={r.key}>
            {r.name}{' '}
            <button type="button" class="link-button" onClick={() => download(`brouillon-illisible-${r.name}.json`, JSON.stringify(r.raw, null, 1), 'application/json')}>
              {t('draft.setAsideDownload', { name: r.name })}
            </button>{' '}
            <button type="button" class="link-button" onClick={() => store.getState().discardSetAside(r.key)}>
              {t('draft.setAsideDiscard', { name: r.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
