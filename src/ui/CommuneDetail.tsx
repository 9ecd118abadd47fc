// A commune of the EPCI: population, whether it signed the ORT, the actions located there.
import { actionsInCommune, isOrtCommune } from '../state/selectors';
import { formatNumber } from '../i18n';
import { ProvenanceNote } from './badges';
import { ActionList } from './ActionList';
import { Heading, type HeadingRef } from './Heading';
import { useAppState, useIsShown, useT } from './store-context';

export function CommuneDetail({ insee, headingRef }: { insee: string; headingRef: HeadingRef }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const actions = useAppState((s) => actionsInCommune(s, insee));
  const contours = useAppState((s) => s.contours.status);
  const contoursReady = contours === 'ready';
  const isShown = useIsShown();
  const territory = useAppState((s) => s.data.territory);
  const inOrt = useAppState((s) => isOrtCommune(s.data, insee));
  const commune = territory.communes.find((c) => c.insee === insee);
  if (!commune) return null;
  const shown = actions.filter(isShown);
  const note = contours === 'loading' ? t('action.communeLoading') : !contoursReady ? t('action.communeUnknown') : actions.length === 0 ? t('commune.noActions') : null;
  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{commune.nom}</Heading>
      <p class="panel__introduced">{inOrt ? t('commune.inOrt') : t('commune.notInOrt')}</p>
      <p class="muted">
        {t('commune.population', { count: formatNumber(lang, commune.populationMunicipale) })} · <ProvenanceNote provenance={territory.provenance} />
      </p>
      <h3>{t('commune.actions', { count: actions.length })}</h3>
      {note && <p>{note}</p>}
      <ActionList actions={shown} />
      {shown.length < actions.length && <p class="muted">{t('sector.hiddenByFilters', { count: actions.length - shown.length })}</p>}
    </div>
  );
}
