// The same information as the map, without the map (RGAA): every sector of the version shown and
// every action with its commune, sector, axis and status; same filters, sortable, same selection.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ActionFeature, SectorFeature, Territory } from '../data/schemas';
import type { ActionPlacement } from '../geo/place-actions';
import { SORT_KEYS, shownActions, sortedActions, type SortKey } from '../state/filters';
import { currentSectors, currentVersion, placements } from '../state/versions';
import { actionsInSector, communeName } from '../state/selectors';
import { AxisBadge, FrenchOnlyNote, MarkerSwatch, StatusBadge } from './badges';
import { Filters } from './Filters';
import { lazyComponent } from './lazy';

const IndicatorTable = lazyComponent(async () => (await import('./extension/IndicatorTable')).IndicatorTable);
import { useAppState, useStore, useT, type Translate } from './store-context';

interface CellContext {
  readonly territory: Territory;
  readonly placed: Readonly<Record<string, ActionPlacement>>;
  readonly sectors: readonly SectorFeature[];
  readonly t: Translate;
}

function cellText({ territory, placed, sectors, t }: CellContext, a: ActionFeature, key: SortKey): string {
  const placement = placed[a.properties.id];
  switch (key) {
    case 'titre':
      return a.properties.titre;
    case 'axe':
      return t(`axis.${a.properties.axe}`);
    case 'statut':
      return t(`status.${a.properties.statut}`);
    case 'commune':
      return placement?.commune ? communeName(territory, placement.commune) : '';
    case 'secteur':
      return placement?.sectorId ? (sectors.find((f) => f.properties.id === placement.sectorId)?.properties.nom ?? '') : t('list.noSector');
  }
}

function SectorRow({ sector, current }: { sector: SectorFeature; current: boolean }) {
  const t = useT();
  const store = useStore();
  const count = useAppState((s) => actionsInSector(s, sector.properties.id).length);
  return (
    <li>
      <button type="button" class="link-button" lang="fr" aria-current={current} onClick={() => store.getState().selectSector(sector.properties.id)}>
        {sector.properties.nom}
      </button>{' '}
      <span class="muted">{t('panel.actionsCount', { count })}</span>
      <p lang="fr">{sector.properties.description}</p>
    </li>
  );
}

export function ListView() {
  const t = useT();
  const store = useStore();
  const version = useAppState(currentVersion);
  const sectors = useAppState(currentSectors);
  const placed = useAppState(placements);
  const shown = useAppState(shownActions);
  const listSort = useAppState((s) => s.listSort);
  const selection = useAppState((s) => s.selection);
  const territory = useAppState((s) => s.data.territory);
  const total = useAppState((s) => s.data.actions.features.length);
  const extensionOpen = useAppState((s) => s.extension !== null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Sorted by the text shown in the cells (in the language shown): t changes with the language.
  const cells: CellContext = { territory, placed, sectors, t };
  const actions = sortedActions(shown, listSort, (a, key) => cellText(cells, a, key));
  const selectedAction = selection.kind === 'action' ? selection.id : null;

  // As soon as the list is in the page (it loads on demand): a layout effect, before the next frame.
  useLayoutEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  return (
    <section class="list-view" aria-labelledby="list-title">
      <h2 id="list-title" tabIndex={-1} ref={headingRef}>
        {t('list.title', { version: version.label })}
      </h2>
      <p class="sr-only" aria-live="polite">
        {t('list.announce', { count: shown.length })}
      </p>
      <p class="indicative">{t('indicative.tracé')}</p>
      <FrenchOnlyNote />
      <Filters idPrefix="list" />

      <h3>{t('list.sectors', { count: sectors.length })}</h3>
      <ul class="list-view__sectors">
        {sectors.map((f) => (
          <SectorRow key={f.properties.id} sector={f} current={selection.kind === 'sector' && selection.id === f.properties.id} />
        ))}
      </ul>

      <h3>{t('list.actions', { shown: actions.length, total })}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('list.actions', { shown: actions.length, total })}>
        <table class="list-view__table">
          <caption class="sr-only">{t('list.actions', { shown: actions.length, total })}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={listSort.key === key ? (listSort.descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" class="sort-button" aria-label={t('list.sortBy', { column: t(`list.col.${key}`) })} onClick={() => store.getState().sortList(key)}>
                    {t(`list.col.${key}`)} <span aria-hidden="true">{listSort.key === key ? (listSort.descending ? '▼' : '▲') : '↕'}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('list.col.porteur')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.properties.id} class={selectedAction === a.properties.id ? 'is-selected' : ''} data-action={a.properties.id}>
                <th scope="row">
                  <button
                    type="button"
                    class="link-button action-item__title"
                    aria-current={selectedAction === a.properties.id}
                    onClick={() => store.getState().selectAction(a.properties.id)}
                  >
                    <MarkerSwatch axis={a.properties.axe} status={a.properties.statut} />
                    <span lang="fr">{a.properties.titre}</span>
                  </button>
                </th>
                <td>
                  <AxisBadge axis={a.properties.axe} />
                </td>
                <td>
                  <StatusBadge status={a.properties.statut} />
                </td>
                <td>{cellText(cells, a, 'commune')}</td>
                <td lang={placed[a.properties.id]?.sectorId ? 'fr' : undefined}>{cellText(cells, a, 'secteur')}</td>
                <td lang="fr">{a.properties.porteur.nom}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {extensionOpen && (
        <>
          <h3>{t('extension.figures')}</h3>
          <IndicatorTable caption={t('extension.tableCaption', { version: version.label })} />
        </>
      )}
    </section>
  );
}
