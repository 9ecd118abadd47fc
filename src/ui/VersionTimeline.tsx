// The perimeter versions as a timeline (convention, avenant, then drafts): choosing one redraws
// the map and the panel; "Comparer" and "Nouvelle version" start from the version shown.
import { allVersions, defaultVersionId } from '../state/store';
import { formatPartialDate } from '../i18n';
import { useAppState, useStore, useT } from './store-context';
import { ImportControl } from './ImportControl';

export function VersionTimeline() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const versionId = useAppState((s) => s.versionId);
  const drafts = useAppState((s) => s.drafts);
  const data = useAppState((s) => s.data);
  const compare = useAppState((s) => s.compare);
  const versions = allVersions({ data, drafts });
  const official = versions.filter((v) => v.etat !== 'projet').sort((a, b) => a.date.localeCompare(b.date));
  const ordered = [...official, ...versions.filter((v) => v.etat === 'projet')];

  const startCompare = () => {
    const s = store.getState();
    const others = ordered.filter((v) => v.id !== s.versionId);
    const before = [...others].reverse().find((v) => v.date <= (ordered.find((o) => o.id === s.versionId)?.date ?? '')) ?? others[0];
    if (before) s.setCompare({ a: before.id, b: s.versionId, mode: 'difference' });
    else s.setCompare({ a: defaultVersionId(data), b: s.versionId, mode: 'difference' });
  };

  return (
    <nav class="timeline" aria-label={t('timeline.label')}>
      <ol class="timeline__list">
        {ordered.map((v) => (
          <li key={v.id} class={`timeline__item timeline__item--${v.etat}`}>
            <button type="button" class="timeline__button" aria-pressed={v.id === versionId} onClick={() => store.getState().selectVersion(v.id)}>
              <span class="timeline__date">{formatPartialDate(lang, v.date)}</span>
              <span class="timeline__label">{v.label}</span>
              <span class={`timeline__state timeline__state--${v.etat}`}>{t(`version.state.${v.etat}`)}</span>
            </button>
          </li>
        ))}
      </ol>
      <div class="timeline__tools">
        <button type="button" class="tool-button" aria-pressed={compare !== null} onClick={() => (compare ? store.getState().setCompare(null) : startCompare())}>
          {compare ? t('compare.close') : t('compare.open')}
        </button>
        <button type="button" class="tool-button" onClick={() => store.getState().createDraft(store.getState().versionId)}>
          {t('draft.new')}
        </button>
        <ImportControl />
      </div>
    </nav>
  );
}
