import type { ActionProperties, Axis, Provenance, Status } from '../data/schemas';
import { AXIS_COLORS } from '../style/palette';
import { useAppState, useT } from './store-context';

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return <span class={`badge badge--status badge--${status}`}>{t(`status.${status}`)}</span>;
}

export function AxisBadge({ axis }: { axis: Axis }) {
  const t = useT();
  return (
    <span class="badge badge--axis" style={{ '--axis-color': AXIS_COLORS[axis] }}>
      {t(`axis.${axis}`)}
    </span>
  );
}

export function ProvenanceNote({ provenance, parts }: { provenance: Provenance; parts?: ActionProperties['indicatif'] }) {
  const t = useT();
  return (
    <span class={`provenance provenance--${provenance}`}>
      {t(`provenance.${provenance}`)}
      {parts && parts.length > 0 && provenance !== 'indicatif' ? ` · ${t('provenance.partsIndicative', { parts: parts.map((p) => t(`indicatifPart.${p}`)).join(', ') })}` : ''}
    </span>
  );
}

/** In the English UI: the project's own words (names, titles, descriptions) are French, marked lang="fr" where they show. */
export function FrenchOnlyNote() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  return lang === 'fr' ? null : <p class="muted">{t('data.frenchOnly')}</p>;
}

/** The marker as drawn on the map, for the legend and the lists. */
export function MarkerSwatch({ axis, status }: { axis: Axis; status: Status }) {
  return <span class={`swatch swatch--marker swatch--${status}`} style={{ '--axis-color': AXIS_COLORS[axis] }} aria-hidden="true" />;
}
