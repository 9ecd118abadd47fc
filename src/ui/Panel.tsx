// The side panel (a bottom sheet on phones): overview, a sector, an action, a commune, a place;
// or the comparison report, or the draft being edited. Its heading takes the focus when the
// selection changes, so keyboard and screen-reader users land on what they just opened.
import { useEffect, useRef } from 'preact/hooks';
import type { Selection } from '../state/selection';
import { editedDraftId } from '../state/drafts';
import { Overview } from './Overview';
import { SectorDetail } from './SectorDetail';
import { lazyComponent } from './lazy';
import { focusHeading, type HeadingRef } from './Heading';
import { useAppState, useStore, useT } from './store-context';

// The extension view's code (indicators, CSV, scenarios) loads when an official opens it.
const ExtensionPanel = lazyComponent(async () => (await import('./extension/ExtensionPanel')).ExtensionPanel);
// Comparing and editing are asked for, not shown on arrival: their code loads then.
const ComparePanel = lazyComponent(async () => (await import('./Compare')).ComparePanel);
// A place's card (distances to the sectors with Turf) loads with the first place chosen.
// An action's and a commune's details load when one is chosen.
const ActionDetail = lazyComponent(async () => (await import('./ActionDetail')).ActionDetail);
const CommuneDetail = lazyComponent(async () => (await import('./CommuneDetail')).CommuneDetail);
const PointCard = lazyComponent(async () => (await import('./PointCard')).PointCard);
const DraftPanel = lazyComponent(async () => (await import('./DraftPanel')).DraftPanel);

export function Panel() {
  const t = useT();
  const store = useStore();
  const selection = useAppState((s) => s.selection);
  const comparing = useAppState((s) => s.compare !== null);
  const draftId = useAppState(editedDraftId);
  const extensionOpen = useAppState((s) => s.extension !== null);
  const headingRef = useRef<HTMLHeadingElement>(null) as HeadingRef;
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (selection.kind === 'none') return;
    }
    focusHeading(headingRef);
  }, [selection]);

  const kind = comparing ? 'compare' : extensionOpen ? 'extension' : draftId !== null ? 'draft' : selection.kind;
  const tool = kind === 'compare' || kind === 'extension' || kind === 'draft';
  return (
    <aside class={`panel panel--${kind}`} aria-labelledby="panel-heading">
      {kind === 'compare' && <ComparePanel />}
      {kind === 'extension' && <ExtensionPanel />}
      {kind === 'draft' && draftId !== null && <DraftPanel draftId={draftId} />}
      {!tool && selection.kind !== 'none' && (
        <button type="button" class="panel__close" aria-label={t('panel.close')} onClick={() => store.getState().clearSelection()}>
          ×
        </button>
      )}
      {!tool && <PanelBody selection={selection} headingRef={headingRef} />}
      <PanelFooter />
    </aside>
  );
}

/** Links every view shows: the accessibility statement a public body's site must publish. */
function PanelFooter() {
  const t = useT();
  const store = useStore();
  const view = useAppState((s) => s.view);
  return (
    <p class="panel__footer">
      <button type="button" class="link-button" aria-current={view === 'accessibilite' ? 'page' : undefined} onClick={() => store.getState().setView('accessibilite')}>
        {t('a11y.link')}
      </button>
    </p>
  );
}

function PanelBody({ selection, headingRef }: { selection: Selection; headingRef: HeadingRef }) {
  switch (selection.kind) {
    case 'none':
      return <Overview headingRef={headingRef} />;
    case 'sector':
      return <SectorDetail id={selection.id} at={selection.at} headingRef={headingRef} />;
    case 'action':
      return <ActionDetail id={selection.id} headingRef={headingRef} />;
    case 'point':
      return <PointCard selection={selection} headingRef={headingRef} />;
    case 'commune':
      return <CommuneDetail insee={selection.insee} headingRef={headingRef} />;
  }
}
