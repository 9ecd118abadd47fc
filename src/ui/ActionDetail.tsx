// One action: its sector and commune (computed from geometry), porteur, budget, dates, provenance.
import { currentVersion, placements, sectorById } from '../state/versions';
import { actionById, communeName } from '../state/selectors';
import { formatEuros, formatPartialDate } from '../i18n';
import { AxisBadge, ProvenanceNote, StatusBadge } from './badges';
import { Fact, Heading, type HeadingRef } from './Heading';
import { useAppState, useStore, useT } from './store-context';

export function ActionDetail({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const placement = useAppState((s) => placements(s)[id]);
  const sector = useAppState((s) => (placement?.sectorId ? sectorById(s, placement.sectorId) : undefined));
  const version = useAppState(currentVersion);
  const contours = useAppState((s) => s.contours.status);
  const contoursReady = contours === 'ready';
  const action = useAppState((s) => actionById(s, id));
  const territory = useAppState((s) => s.data.territory);
  if (!action) return null;
  const p = action.properties;
  const communeText =
    contours === 'loading'
      ? t('action.communeLoading')
      : !contoursReady
        ? t('action.communeUnknown')
        : placement?.commune
          ? communeName(territory, placement.commune)
          : t('action.communeOutside');
  const dates =
    p.debut && !p.fin
      ? t('action.since', { date: formatPartialDate(lang, p.debut) })
      : [p.debut, p.fin]
          .filter((d): d is string => !!d)
          .map((d) => formatPartialDate(lang, d))
          .join(' – ');

  return (
    <div class="panel__body">
      {sector ? (
        <button type="button" class="link-button panel__back" onClick={() => store.getState().selectSector(sector.properties.id)}>
          ← {t('action.back', { name: sector.properties.nom })}
        </button>
      ) : (
        <button type="button" class="link-button panel__back" onClick={() => store.getState().clearSelection()}>
          ← {t('action.backOverview')}
        </button>
      )}
      <Heading headingRef={headingRef}>
        <span lang="fr">{p.titre}</span>
      </Heading>
      <div class="action-item__meta">
        <AxisBadge axis={p.axe} /> <StatusBadge status={p.statut} />
      </div>
      {p.depuis && <p class="action-detail__since">{t('action.statusSince', { status: t(`status.${p.statut}`), date: formatPartialDate(lang, p.depuis) })}</p>}
      {/* The project's own texts are French: said in the English UI, and marked for screen readers. */}
      {p.description && <p lang="fr">{p.description}</p>}
      {lang !== 'fr' && <p class="muted">{t('action.frenchOnly')}</p>}
      <dl class="facts">
        <Fact term={t('action.sector')}>
          {sector ? (
            <button type="button" class="link-button" onClick={() => store.getState().selectSector(sector.properties.id)}>
              <span lang="fr">{sector.properties.nom}</span>
            </button>
          ) : (
            t('action.outsideSectors', { version: version.label })
          )}
        </Fact>
        <Fact term={t('action.commune')}>{communeText}</Fact>
        <Fact term={t('action.porteur')}>
          <span lang="fr">{p.porteur.nom}</span>
        </Fact>
        <Fact term={t('action.budget')}>{p.budget === null ? t('action.budgetUnknown') : formatEuros(lang, p.budget)}</Fact>
        {p.financement && <Fact term={t('action.financement')}>{p.financement}</Fact>}
        {dates && <Fact term={t('action.dates')}>{dates}</Fact>}
        {p.transitionEcologique && <Fact term={t('legend.transition')}>{t('action.transition')}</Fact>}
        <Fact term={t('action.provenance')}>
          <ProvenanceNote provenance={p.provenance} parts={p.indicatif} />
        </Fact>
        {p.source && <Fact term={t('action.source')}>{p.source}</Fact>}
      </dl>
    </div>
  );
}
