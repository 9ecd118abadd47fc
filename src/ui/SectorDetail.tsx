// A sector of the version shown: when it entered the perimeter, its description, its actions.
import { introducedBy, oldestVersion, sectorById, versionInLang, versionsWithSector } from '../state/versions';
import { actionsInSector } from '../state/selectors';
import { FrenchOnlyNote, ProvenanceNote } from './badges';
import { ActionList } from './ActionList';
import { Heading, type HeadingRef } from './Heading';
import { useAppState, useIsShown, useStore, useT } from './store-context';

export function SectorDetail({ id, at, headingRef }: { id: string; at?: readonly [number, number]; headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const sector = useAppState((s) => sectorById(s, id));
  const versionId = useAppState((s) => s.versionId);
  const inside = useAppState((s) => actionsInSector(s, id));
  const isShown = useIsShown();
  const data = useAppState((s) => s.data);
  const lang = useAppState((s) => s.lang);
  if (!sector) return <Heading headingRef={headingRef}>{t('sector.notInVersion', { id, version: versionId })}</Heading>;
  const introduced = introducedBy(data, id);
  const first = introduced && versionInLang(introduced, lang);
  const isOriginal = first?.id === oldestVersion(data)?.id;
  const shown = inside.filter(isShown);

  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>
        <span lang="fr">{sector.properties.nom}</span>
      </Heading>
      {first && <p class="panel__introduced">{t(isOriginal ? 'sector.since' : 'sector.introducedBy', { intitule: first.intitule, label: first.label })}</p>}
      <p class="muted">
        {t('sector.inVersions', {
          labels: versionsWithSector(data, id)
            .map((v) => versionInLang(v, lang).label)
            .join(', '),
        })}
      </p>
      <p lang="fr">{sector.properties.description}</p>
      <FrenchOnlyNote />
      {at && (
        <p>
          <button type="button" class="link-button" onClick={() => store.getState().selectPoint(at)}>
            {t('sector.answerHere')}
          </button>
        </p>
      )}
      <p class="indicative">
        <ProvenanceNote provenance={sector.properties.provenance} /> — {t('indicative.tracé')}
      </p>
      <h3>{t('sector.actions', { count: inside.length })}</h3>
      {inside.length === 0 && <p>{t('sector.noActions')}</p>}
      <ActionList actions={shown} />
      {shown.length < inside.length && <p class="muted">{t('sector.hiddenByFilters', { count: inside.length - shown.length })}</p>}
    </div>
  );
}
