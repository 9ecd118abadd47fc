// The same information as the map, without the map (RGAA): every sector of the version shown and
// every action with its commune, sector, axis and status; same filters, sortable, same selection.
import { useEffect, useRef } from 'preact/hooks';
import type { ActionFeature } from '../data/schemas';
import { SORT_KEYS, type AppState, type SortKey } from '../state/store';
import { actionsInSector, communeName, currentSectors, currentVersion, sectorById, shownActions, sortedActions } from '../state/selectors';
import { AxisBadge, MarkerSwatch, StatusBadge } from './badges';
import { Filters } from './Filters';
import { useAppState, useStore, useT, type Translate } from './store-context';

function cellText(state: AppState, t: Translate, a: ActionFeature, key: SortKey): string {
  const placement = state.placements[a.properties.id];
  switch (key) {
    case 'titre':
      return a.properties.titre;
    case 'axe':
      return t(`axis.${a.properties.axe}`);
    case 'statut':
      return t(`status.${a.properties.statut}`);
    case 'commune':
      return placement?.commune ? communeName(state, placement.commune) : '';
    case 'secteur':
      return placement?.sectorId ? (sectorById(state, placement.sectorId)?.properties.nom ?? '') : t('list.noSector');
  }
}

export function ListView() {
  const t = useT();
  const store = useStore();
  const state = useAppState((s) => s);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const version = currentVersion(state);
  const sectors = currentSectors(state);
  const actions = sortedActions(state, (a, key) => cellText(state, t, a, key));
  const selectedAction = state.selection.kind === 'action' ? state.selection.id : null;
  const { key: sortKey, descending } = state.listSort;

  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  return (
    <section class="list-view" aria-labelledby="list-title">
      <h2 id="list-title" tabIndex={-1} ref={headingRef}>
        {t('list.title', { version: version.label })}
      </h2>
      <p class="sr-only" aria-live="polite">
        {t('list.announce', { count: shownActions(state).length })}
      </p>
      <p class="indicative">{t('indicative.tracé')}</p>
      <Filters idPrefix="list" />

      <h3>{t('list.sectors', { count: sectors.length })}</h3>
      <ul class="list-view__sectors">
        {sectors.map((f) => (
          <li key={f.properties.id}>
            <button type="button" class="link-button" aria-current={state.selection.kind === 'sector' && state.selection.id === f.properties.id} onClick={() => store.getState().selectSector(f.properties.id)}>
              {f.properties.nom}
            </button>{' '}
            <span class="muted">{t('panel.actionsCount', { count: actionsInSector(state, f.properties.id).length })}</span>
            <p>{f.properties.description}</p>
          </li>
        ))}
      </ul>

      <h3>{t('list.actions', { shown: actions.length, total: state.data.actions.features.length })}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('list.actions', { shown: actions.length, total: state.data.actions.features.length })}>
        <table class="list-view__table">
          <caption class="sr-only">{t('list.actions', { shown: actions.length, total: state.data.actions.features.length })}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sortKey === key ? (descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" class="sort-button" aria-label={t('list.sortBy', { column: t(`list.col.${key}`) })} onClick={() => store.getState().sortList(key)}>
                    {t(`list.col.${key}`)} <span aria-hidden="true">{sortKey === key ? (descending ? '▼' : '▲') : '↕'}</span>
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
                  <button type="button" class="link-button action-item__title" aria-current={selectedAction === a.properties.id} onClick={() => store.getState().selectAction(a.properties.id)}>
                    <MarkerSwatch axis={a.properties.axe} status={a.properties.statut} />
                    {a.properties.titre}
                  </button>
                </th>
                <td>
                  <AxisBadge axis={a.properties.axe} />
                </td>
                <td>
                  <StatusBadge status={a.properties.statut} />
                </td>
                <td>{cellText(state, t, a, 'commune')}</td>
                <td>{cellText(state, t, a, 'secteur')}</td>
                <td>{a.properties.porteur.nom}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
