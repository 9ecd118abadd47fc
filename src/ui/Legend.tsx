// The legend doubles as the filters: each axis and status is a checkbox drawn like its marker.
import { AXES, STATUSES } from '../data/schemas';
import { BASEMAPS } from '../state/store';
import { shownActions } from '../state/selectors';
import { AXIS_COLORS } from '../state/palette';
import { MarkerSwatch } from './badges';
import { useAppState, useStore, useT } from './store-context';

export function Legend({ initiallyOpen }: { initiallyOpen: boolean }) {
  const t = useT();
  const store = useStore();
  const axes = useAppState((s) => s.axes);
  const statuses = useAppState((s) => s.statuses);
  const basemap = useAppState((s) => s.basemap.choice);
  const shown = useAppState((s) => shownActions(s).length);
  const total = useAppState((s) => s.data.actions.features.length);
  const { toggleAxis, toggleStatus, chooseBasemap } = store.getState();

  return (
    <details class="legend" open={initiallyOpen}>
      <summary>
        <span id="legend-title">{t('legend.title')}</span> <span class="legend__count">{t('legend.shown', { shown, total })}</span>
      </summary>
      <fieldset>
        <legend>{t('legend.axes')}</legend>
        {AXES.map((axis) => (
          <label key={axis} class="legend__item">
            <input type="checkbox" checked={axes.includes(axis)} onChange={() => toggleAxis(axis)} />
            <span class="swatch swatch--axis" style={{ '--axis-color': AXIS_COLORS[axis] }} aria-hidden="true" />
            {t(`axis.${axis}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('legend.statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status} class="legend__item">
            <input type="checkbox" checked={statuses.includes(status)} onChange={() => toggleStatus(status)} />
            <MarkerSwatch axis="amenagements" status={status} />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <ul class="legend__shapes">
        <li>
          <span class="swatch swatch--sector" aria-hidden="true" /> {t('legend.sector')}
        </li>
        <li>
          <span class="swatch swatch--commune" aria-hidden="true" /> {t('legend.commune')}
        </li>
      </ul>
      <p class="legend__indicative">{t('indicative.tracé')}</p>
      <fieldset>
        <legend>{t('legend.basemap')}</legend>
        {BASEMAPS.map((id) => (
          <label key={id} class="legend__item">
            <input type="radio" name="basemap" checked={basemap === id} onChange={() => chooseBasemap(id)} />
            {t(`basemap.${id}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
