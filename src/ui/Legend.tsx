// The legend doubles as the filters: each axis and status is a checkbox drawn like its marker.
import { useEffect, useRef } from 'preact/hooks';
import { BASEMAPS } from '../state/ui';
import { shownActions } from '../state/filters';
import { Filters } from './Filters';
import { useAppState, useStore, useT } from './store-context';

/** The legend starts collapsed where, open, it would cover more than this share of the map. */
const MAX_MAP_SHARE = 0.25;

export function Legend({ initiallyOpen }: { initiallyOpen: boolean }) {
  const t = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  // Measured in the next frame, whose layout this reuses (before it is painted), rather than
  // forcing a layout of the whole page in the middle of the first render's task.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const legend = ref.current;
      const map = legend?.parentElement;
      if (!legend || !map || !legend.open) return;
      if (legend.offsetWidth * legend.offsetHeight > MAX_MAP_SHARE * map.offsetWidth * map.offsetHeight) legend.open = false;
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  // On paper the legend is printed open (a closed <details> prints its summary alone), then closed again.
  useEffect(() => {
    let wasOpen = true;
    const before = () => {
      if (!ref.current) return;
      wasOpen = ref.current.open;
      ref.current.open = true;
    };
    const after = () => {
      if (ref.current) ref.current.open = wasOpen;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const store = useStore();
  const basemap = useAppState((s) => s.basemap.choice);
  const shown = useAppState((s) => shownActions(s).length);
  const total = useAppState((s) => s.data.actions.features.length);

  return (
    <details class="legend" open={initiallyOpen} ref={ref}>
      <summary>
        <span id="legend-title">{t('legend.title')}</span> <span class="legend__count">{t('legend.shown', { shown, total })}</span>
      </summary>
      <Filters idPrefix="legend" />
      <ul class="legend__shapes">
        <li>
          <span class="swatch swatch--sector" aria-hidden="true" /> {t('legend.sector')}
        </li>
        <li>
          <span class="swatch swatch--commune" aria-hidden="true" /> {t('legend.commune')}
        </li>
      </ul>
      <p class="legend__indicative">{t('indicative.tracé')}</p>
      <fieldset class="legend__basemaps">
        <legend>{t('legend.basemap')}</legend>
        {BASEMAPS.map((id) => (
          <label key={id} class="legend__item">
            <input type="radio" name="basemap" checked={basemap === id} onChange={() => store.getState().chooseBasemap(id)} />
            {t(`basemap.${id}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
