// The panel with nothing selected: the version shown, its sectors, the 2026 figures, the points
// of vigilance and the actions outside every sector.
import { currentSectors, currentVersion } from '../state/versions';
import { actionsInSector, actionsOutsideSectors } from '../state/selectors';
import { formatEuros } from '../i18n';
import { ProvenanceNote } from './badges';
import { ActionList } from './ActionList';
import { Heading, type HeadingRef } from './Heading';
import { useAppState, useIsShown, useStore, useT } from './store-context';
import { SetAsideDrafts } from './SetAsideDrafts';

function SectorActionCount({ id }: { id: string }) {
  const t = useT();
  const count = useAppState((s) => actionsInSector(s, id).length);
  return <span class="muted">{t('panel.actionsCount', { count })}</span>;
}

export function Overview({ headingRef }: { headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const version = useAppState(currentVersion);
  const sectors = useAppState(currentSectors);
  const outside = useAppState(actionsOutsideSectors);
  const isShown = useIsShown();
  const { programme } = store.getState().data;

  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{t('panel.overview')}</Heading>
      <p class="panel__version">
        {version.label} · {version.acte}
      </p>
      <p>{t('panel.overviewIntro')}</p>
      <p class="indicative">{t('indicative.tracé')}</p>
      <h3>{t('panel.sectors', { count: sectors.length })}</h3>
      <ul class="sector-list">
        {sectors.map((f) => (
          <li key={f.properties.id}>
            <button type="button" class="link-button" onClick={() => store.getState().selectSector(f.properties.id)}>
              {f.properties.nom}
            </button>{' '}
            <SectorActionCount id={f.properties.id} />
          </li>
        ))}
      </ul>
      <h3>{t('panel.figures')}</h3>
      <dl class="figures">
        {programme.bilan2026.chiffres.map((c) => (
          <div key={c.id}>
            <dt>{c.libelle}</dt>
            <dd>
              {c.unite === 'EUR' ? formatEuros(lang, c.valeur) : c.unite === '%' ? `${c.valeur} %` : c.valeur} <ProvenanceNote provenance={c.provenance} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('panel.vigilance')}</h3>
      <ul>
        {programme.bilan2026.vigilance.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      <h3>{t('action.outsideSectors', { version: version.label })}</h3>
      <ActionList actions={outside.filter(isShown)} showCommune />
      <SetAsideDrafts />
    </div>
  );
}
