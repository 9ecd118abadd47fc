import { formatPartialDate, loadLang, type Lang } from '../i18n';
import { versionById } from '../state/versions';
import type { AppStore } from '../state/app-state';
import { SearchBox } from './SearchBox';
import { useAppState, useStore, useT } from './store-context';

/** English is loaded on demand: the switch waits for its catalogue, then changes the language. */
async function switchLang(store: AppStore, lang: Lang): Promise<void> {
  await loadLang(lang);
  store.getState().setLang(lang);
}

export function Header() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const view = useAppState((s) => s.view);
  const extensionOpen = useAppState((s) => s.extension !== null);
  // On paper only: which perimeter (or comparison) the printed page shows, and when it was printed.
  const shown = useAppState((s) => {
    const label = (id: string) => versionById(s, id)?.label ?? id;
    if (s.compare) return t('sheet.compare', { a: label(s.compare.a), b: label(s.compare.b) });
    // versionById: a draft being deleted may still be the id shown for one render.
    return t(s.extension !== null ? 'sheet.extension' : 'sheet.version', { version: label(s.versionId) });
  });

  return (
    <header class="header">
      <a class="skip-link" href="#panel-heading">
        {t('app.skipToPanel')}
      </a>
      <div class="header__titles">
        <h1>{t('app.title')}</h1>
        <p class="header__subtitle">{t('app.subtitle')}</p>
        <p class="print-only">
          <strong>{shown}</strong> · {t('sheet.date', { date: formatPartialDate(lang, new Date().toISOString().slice(0, 10)) })}
        </p>
      </div>
      <button
        type="button"
        class="header__lang"
        lang={lang === 'fr' ? 'en' : 'fr'}
        aria-label={t('lang.switchLabel')}
        onClick={() => void switchLang(store, lang === 'fr' ? 'en' : 'fr')}
      >
        {t('lang.switch')}
      </button>
      <SearchBox />
      <div class="header__tools">
        <div class="view-switch" role="group" aria-label={t('view.label')}>
          {(['map', 'list', 'programme'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => store.getState().setView(v)}>
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="tool-button header__extension"
          aria-pressed={extensionOpen}
          aria-label={extensionOpen ? t('extension.close') : t('extension.open')}
          onClick={() => (extensionOpen ? store.getState().closeExtension() : store.getState().openExtension())}
        >
          <span class="header__long">{extensionOpen ? t('extension.close') : t('extension.open')}</span>
          <span class="header__short" aria-hidden="true">
            {t('extension.short')}
          </span>
        </button>
      </div>
    </header>
  );
}
