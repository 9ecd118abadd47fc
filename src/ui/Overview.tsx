// The panel with nothing selected: the version shown, its sectors, the 2026 figures, the points
// of vigilance and the actions outside every sector.
import { currentSectors, currentVersion } from '../state/versions';
import { actionsInSector, actionsOutsideSectors } from '../state/selectors';
import { ActionList } from './ActionList';
import { FrenchOnlyNote } from './badges';
import { Heading, type HeadingRef } from './Heading';
import { useAppState, useIsShown, useStore, useT } from './store-context';
import { SetAsideDrafts } from './SetAsideDrafts';
import { BilanFigures } from './BilanFigures';
import { MovedSinceCopil } from './suivi/MovedSinceCopil';

function SectorActionCount({ id }: { id: string }) {
  const t = useT();
  const count = useAppState((s) => actionsInSector(s, id).length);
  return <span class="muted">{t('panel.actionsCount', { count })}</span>;
}

export function Overview({ headingRef }: { headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const version = useAppState(currentVersion);
  const sectors = useAppState(currentSectors);
  const outside = useAppState(actionsOutsideSectors);
  // The programme view has the review in its main column: not a second time beside it.
  const programmeShown = useAppState((s) => s.view === 'programme');
  const isShown = useIsShown();

  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{t('panel.overview')}</Heading>
      <p class="panel__version">
        {version.label} · {version.acte}
      </p>
      <p>{t('panel.overviewIntro')}</p>
      <p class="indicative">{t('indicative.tracé')}</p>
      <FrenchOnlyNote />
      <h3>{t('panel.sectors', { count: sectors.length })}</h3>
      <ul class="sector-list">
        {sectors.map((f) => (
          <li key={f.properties.id}>
            <button type="button" class="link-button" lang="fr" onClick={() => store.getState().selectSector(f.properties.id)}>
              {f.properties.nom}
            </button>{' '}
            <SectorActionCount id={f.properties.id} />
          </li>
        ))}
      </ul>
      {!programmeShown && <BilanFigures />}
      {!programmeShown && <MovedSinceCopil />}
      {outside.length > 0 && <h3>{t('action.outsideSectors', { version: version.label })}</h3>}
      <ActionList actions={outside.filter(isShown)} showCommune />
      <SetAsideDrafts />
    </div>
  );
}
