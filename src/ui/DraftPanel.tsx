// A draft: rename it, edit its sectors (name, id, description, shape on the map), see what is
// wrong as you go, undo/redo (Ctrl+Z / Ctrl+Shift+Z), compare it, export it, delete it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectorFeature } from '../data/schemas';
import { slug } from '../data/ids';
import { versionSectors } from '../state/versions';
import type { Draft } from '../state/drafts';
import { MAX_EDITABLE_VERTICES, isEditable } from '../state/draft-size';
import { useDraftProblems } from './draft-problems';
import { canStep } from '../state/history';
import { communeLabelOf } from '../state/selectors';
import { exportDraftGeoJson } from '../state/draft-export';
import { geoProblemText } from '../i18n/problems';
import { download, downloadBytes } from './download';
import { draftWording } from './draft-wording';
import { ScenarioCommunes } from './extension/ScenarioCommunes';
import { SetAsideDrafts } from './SetAsideDrafts';
import { useAppState, useStore, useT } from './store-context';
import { ShareDraft } from './ShareDraft';

const NO_DRAFT: Draft | undefined = undefined;

export function DraftPanel({ draftId }: { draftId: string }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const draft = useAppState((s) => s.drafts.find((d) => d.meta.id === draftId) ?? NO_DRAFT);
  const checked = useDraftProblems(draftId);
  const problems = checked ?? [];
  const history = useAppState((s) => s.history[draftId]);
  const drawMode = useAppState((s) => s.drawMode);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const label = draft?.meta.label;
  useEffect(() => {
    const field = nameField.current;
    if (field && label !== undefined && document.activeElement !== field) field.value = label;
  }, [label]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (inField || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      if (e.shiftKey) store.getState().redo(draftId);
      else store.getState().undo(draftId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [draftId]);

  const edit = (id: string, patch: Partial<SectorFeature['properties']>) => {
    const current = versionSectors(store.getState(), draftId)!;
    store.getState().editDraft(draftId, { ...current, features: current.features.map((f) => (f.properties.id === id ? { ...f, properties: { ...f.properties, ...patch } } : f)) });
  };
  const remove = (id: string) => store.getState().removeSector(draftId, id);
  const byId = (id: string) => problems.filter((p) => p.sectorId === id);
  const nameOf = communeLabelOf(useAppState((s) => s.data.territory));
  const persisted = useAppState((s) => s.storagePersisted);
  if (!draft) return null;
  const sectors = draft.sectors.features;

  return (
    <div class="panel__body draft-panel">
      <h2 id="panel-heading" tabIndex={-1} ref={headingRef}>
        {draft.meta.label}
      </h2>
      {draft.shared && (
        <p class="notice notice--info draft-panel__shared">
          {t('share.received')}{' '}
          <button type="button" class="tool-button" onClick={() => store.getState().keepSharedDraft(draftId)}>
            {t('share.keep')}
          </button>
        </p>
      )}
      <p class="indicative">{t('draft.notice')}</p>
      {draft.unexported && (
        <p class="draft-panel__unexported">
          <span class="badge badge--unexported">{t('draft.unexported')}</span> {t('draft.unexportedHint')}
        </p>
      )}
      {persisted === 'refused' && <p class="notice notice--warning draft-panel__persist">{t('draft.persistRefused')}</p>}
      <label class="field">
        <span>{t('draft.rename')}</span>
        {/* Not controlled: a re-render while the name is typed (another tab saving: this draft may
            get a free id) must not put the old name back. A name changed elsewhere, or another
            draft's, shows unless the field is in use. */}
        <input
          ref={nameField}
          type="text"
          defaultValue={draft.meta.label}
          onChange={(e) => store.getState().renameDraft(draftId, draftWording(t, (e.currentTarget as HTMLInputElement).value.trim()))}
        />
      </label>

      <ScenarioCommunes draftId={draftId} />

      <div class="draft-panel__tools" role="toolbar" aria-label={t('draft.tools')}>
        <button type="button" class="tool-button" aria-pressed={drawMode === 'select'} onClick={() => store.getState().setDrawMode('select')}>
          {t('draft.modeSelect')}
        </button>
        <button type="button" class="tool-button" aria-pressed={drawMode === 'draw'} onClick={() => store.getState().setDrawMode('draw')}>
          {t('draft.modeDraw')}
        </button>
        <button type="button" class="tool-button" disabled={!canStep(history, 'undo')} onClick={() => store.getState().undo(draftId)} aria-keyshortcuts="Control+Z">
          {t('draft.undo')}
        </button>
        <button type="button" class="tool-button" disabled={!canStep(history, 'redo')} onClick={() => store.getState().redo(draftId)} aria-keyshortcuts="Control+Shift+Z">
          {t('draft.redo')}
        </button>
      </div>
      <p class="muted">{drawMode === 'draw' ? t('draft.hintDraw') : t('draft.hintSelect')}</p>

      <div class="draft-panel__problems" role="status" aria-live="polite">
        {checked === null ? (
          <p class="muted">{t('draft.checking')}</p>
        ) : problems.length === 0 ? (
          <p class="draft-panel__ok">{t('draft.valid')}</p>
        ) : (
          <>
            <p class="draft-panel__ko">{t('draft.problems', { count: problems.length })}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.sectorId === null ? geoProblemText(lang, p.problem, nameOf) : t('problem.about', { subject: p.sectorId, what: geoProblemText(lang, p.problem, nameOf) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <h3>{t('draft.sectors', { count: sectors.length })}</h3>
      <ul class="draft-panel__sectors">
        {sectors.map((f) => (
          <li key={f.properties.id} data-sector={f.properties.id} class={byId(f.properties.id).length ? 'has-problem' : ''}>
            <label class="field">
              <span>{t('draft.sectorName')}</span>
              <input type="text" value={f.properties.nom} onChange={(e) => edit(f.properties.id, { nom: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <label class="field">
              <span>{t('draft.sectorId')}</span>
              <input type="text" value={f.properties.id} spellcheck={false} onChange={(e) => edit(f.properties.id, { id: (e.currentTarget as HTMLInputElement).value.trim() })} />
            </label>
            <label class="field">
              <span>{t('draft.sectorDescription')}</span>
              <textarea rows={2} value={f.properties.description} onChange={(e) => edit(f.properties.id, { description: (e.currentTarget as HTMLTextAreaElement).value })} />
            </label>
            {!isEditable(f) && <p class="muted">{t('draft.notEditable', { max: MAX_EDITABLE_VERTICES })}</p>}
            <button type="button" class="link-button" onClick={() => remove(f.properties.id)}>
              {t('draft.deleteSector', { name: f.properties.nom || f.properties.id })}
            </button>
          </li>
        ))}
      </ul>

      <div class="draft-panel__actions">
        <button
          type="button"
          class="tool-button"
          onClick={() => {
            download(`${slug(draft.meta.label) || draftId}.geojson`, exportDraftGeoJson(store.getState(), draftId) ?? '', 'application/geo+json');
            store.getState().markExported(draftId);
          }}
        >
          {t('draft.export')}
        </button>
        <button
          type="button"
          class="tool-button"
          onClick={() =>
            void store
              .getState()
              .shapefileOf(draftId)
              .then((file) => {
                if (!file) return;
                downloadBytes(file.name, file.zip, 'application/zip');
                store.getState().markExported(draftId);
              })
          }
        >
          {t('shapefile.export')}
        </button>
        <button type="button" class="tool-button" onClick={() => store.getState().compareWithInForce(draftId)}>
          {t('draft.compare')}
        </button>
        {confirmDelete ? (
          <span class="draft-panel__confirm">
            {t('draft.confirmDelete')}{' '}
            <button type="button" class="tool-button tool-button--danger" onClick={() => store.getState().deleteDraft(draftId)}>
              {t('draft.deleteConfirm')}
            </button>{' '}
            <button type="button" class="tool-button" onClick={() => setConfirmDelete(false)}>
              {t('draft.keep')}
            </button>
          </span>
        ) : (
          <button type="button" class="tool-button tool-button--danger" onClick={() => setConfirmDelete(true)}>
            {t('draft.delete')}
          </button>
        )}
      </div>
      <ShareDraft draftId={draftId} />
      <SetAsideDrafts />
    </div>
  );
}
