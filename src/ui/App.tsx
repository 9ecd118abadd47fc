import { useEffect, useState } from 'preact/hooks';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { Panel } from './Panel';
import { lazyComponent } from './lazy';

const ProgrammeView = lazyComponent(async () => (await import('./programme/ProgrammeView')).ProgrammeView);
// The comparison (Turf's polygon operations) and the accessibility statement load when shown.
const EmbedBar = lazyComponent(async () => (await import('./EmbedBar')).EmbedBar);
const ListView = lazyComponent(async () => (await import('./ListView')).ListView);
const CompareMaps = lazyComponent(async () => (await import('./Compare')).CompareMaps);
const AccessibilityStatement = lazyComponent(async () => (await import('./AccessibilityStatement')).AccessibilityStatement);
const Verifier = lazyComponent(async () => (await import('./suivi/Verifier')).Verifier);
import { VersionTimeline } from './VersionTimeline';
import { useAppState, useStore, useT } from './store-context';

/** The map itself is mounted into #map by main.tsx: components never call the map. */
/** `panelAfter`: the panel's contents wait for it (main.tsx mounts the map first when it can). */
export function App({ wideScreen, panelAfter }: { wideScreen: boolean; panelAfter?: Promise<void> }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const view = useAppState((s) => s.view);
  const comparing = useAppState((s) => s.compare !== null);
  const embed = useAppState((s) => s.embed);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().selection.kind !== 'none') store.getState().clearSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  // In a short window (200 % zoom, a phone sideways) the header scrolls away with the page: an
  // answer, sector or action chosen brings the map and its panel into full view.
  const selection = useAppState((s) => s.selection);
  useEffect(() => {
    if (selection.kind !== 'none' && window.matchMedia('(max-height: 520px)').matches) document.querySelector('.main')?.scrollIntoView({ block: 'end' });
  }, [selection]);

  const [panelShown, setPanelShown] = useState(!panelAfter);
  useEffect(() => void panelAfter?.then(() => setPanelShown(true)), []);

  const mapShown = view === 'map' && !comparing;
  return (
    <div class={`app${embed ? ' app--embed' : ''}`}>
      {embed ? (
        <EmbedBar />
      ) : (
        <>
          <Header />
          <VersionTimeline />
        </>
      )}
      {/* Outside the map, notices take their place in the page, above the view, never over its text. */}
      {!mapShown && <Notices />}
      <main class={`main main--${view}${comparing ? ' main--compare' : ''}`}>
        {/* The map stays mounted in list and compare views (hidden), so coming back keeps its view. */}
        <div class="map-wrap" hidden={!mapShown}>
          <div id="map" class="map" />
          <Legend initiallyOpen={wideScreen && !embed} />
          {/* Over the map, notices keep to a band above its bottom controls, clear of the legend. */}
          {mapShown && <Notices overMap />}
        </div>
        {comparing ? (
          <CompareMaps />
        ) : view === 'list' ? (
          <ListView />
        ) : view === 'programme' ? (
          <ProgrammeView />
        ) : view === 'accessibilite' ? (
          <AccessibilityStatement />
        ) : view === 'verifier' ? (
          <Verifier />
        ) : null}
        {panelShown ? <Panel /> : <aside class="panel panel--none" aria-busy="true" />}
      </main>
    </div>
  );
}
