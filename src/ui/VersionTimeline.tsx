// The perimeter versions as a timeline (convention, avenant, then drafts): choosing one redraws
// the map and the panel; "Comparer" and "Nouvelle version" start from the version shown. On a
// phone the timeline is a list to choose from (the name in full, on one row) and the planners'
// tools open under an « Outils » button, so that the map keeps the screen.
import { timelineVersions, versionById } from '../state/versions';
import { formatPartialDate } from '../i18n';
import { draftWording } from './draft-wording';
import { useState } from 'preact/hooks';
import { useAppState, useStore, useT } from './store-context';
import { lazyComponent } from './lazy';

// The planners' import and the share menu: right after the first screen, not in it.
const ImportControl = lazyComponent(async () => (await import('./ImportControl')).ImportControl, { afterFirstPaint: true });
const ShareTools = lazyComponent(async () => (await import('./ShareTools')).ShareTools, { afterFirstPaint: true });

export function VersionTimeline() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const versionId = useAppState((s) => s.versionId);
  const compare = useAppState((s) => s.compare);
  const ordered = useAppState(timelineVersions);
  // Drafts changed since their last export: only this browser holds them.
  const unexported = useAppState((s) =>
    s.drafts
      .filter((d) => d.unexported)
      .map((d) => d.meta.id)
      .join(' '),
  );

  const [toolsOpen, setToolsOpen] = useState(false);
  const newDraft = () => {
    const s = store.getState();
    s.createDraft(s.versionId, draftWording(t, t('draft.defaultLabel', { from: versionById(s, s.versionId)?.label ?? s.versionId })));
  };

  return (
    <nav class="timeline" aria-label={t('timeline.label')}>
      <ol class="timeline__list">
        {ordered.map((v) => (
          <li key={v.id} class={`timeline__item timeline__item--${v.etat}`}>
            <button type="button" class="timeline__button" aria-pressed={v.id === versionId} onClick={() => store.getState().selectVersion(v.id)}>
              <span class="timeline__date">{formatPartialDate(lang, v.date)}</span>
              <span class="timeline__label">{v.label}</span>
              <span class={`timeline__state timeline__state--${v.etat}`}>
                {t(`version.state.${v.etat}`)}
                {unexported.split(' ').includes(v.id) && ` · ${t('draft.unexported')}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <label class="timeline__choice">
        <span class="sr-only">{t('timeline.label')}</span>
        <select value={versionId} onChange={(e) => store.getState().selectVersion(e.currentTarget.value)}>
          {ordered.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
              {unexported.split(' ').includes(v.id) ? ` · ${t('draft.unexported')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="tool-button timeline__toggle" aria-expanded={toolsOpen} aria-controls="timeline-tools" onClick={() => setToolsOpen(!toolsOpen)}>
        {t('timeline.tools')}
      </button>
      <div id="timeline-tools" class={`timeline__tools${toolsOpen ? ' timeline__tools--open' : ''}`}>
        <button type="button" class="tool-button" aria-pressed={compare !== null} onClick={() => (compare ? store.getState().setCompare(null) : store.getState().openCompare())}>
          {compare ? t('compare.close') : t('compare.open')}
        </button>
        <button type="button" class="tool-button" onClick={newDraft}>
          {t('draft.new')}
        </button>
        <ImportControl />
        <ShareTools />
      </div>
    </nav>
  );
}
