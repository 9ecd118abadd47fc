// Axis and status filters, drawn like the map markers; shared by the map legend and the list view.
import { AXES, STATUSES } from '../data/vocabulary';
import { AXIS_COLORS } from '../style/palette';
import { MarkerSwatch } from './badges';
import { useAppState, useT } from './store-context';

export function Filters({ idPrefix }: { idPrefix: string }) {
  const t = useT();
  const axes = useAppState((s) => s.axes);
  const statuses = useAppState((s) => s.statuses);
  const toggleAxis = useAppState((s) => s.toggleAxis);
  const toggleStatus = useAppState((s) => s.toggleStatus);
  return (
    <div class="filters">
      <fieldset>
        <legend>{t('legend.axes')}</legend>
        {AXES.map((axis) => (
          <label key={axis} class="legend__item" for={`${idPrefix}-axis-${axis}`}>
            <input id={`${idPrefix}-axis-${axis}`} type="checkbox" checked={axes.includes(axis)} onChange={() => toggleAxis(axis)} />
            <span class="swatch swatch--axis" style={{ '--axis-color': AXIS_COLORS[axis] }} aria-hidden="true" />
            {t(`axis.${axis}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('legend.statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status} class="legend__item" for={`${idPrefix}-status-${status}`}>
            <input id={`${idPrefix}-status-${status}`} type="checkbox" checked={statuses.includes(status)} onChange={() => toggleStatus(status)} />
            <MarkerSwatch axis="amenagements" status={status} />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
