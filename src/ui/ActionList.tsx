// Actions as a list of buttons with their axis, status, porteur, commune, distance and budget.
import type { ActionFeature } from '../data/schemas';
import { placements } from '../state/versions';
import { communeName } from '../state/selectors';
import { formatEuros } from '../i18n';
import { formatDistance } from './format';
import { AxisBadge, MarkerSwatch, ProvenanceNote, StatusBadge } from './badges';
import { useAppState, useStore, useT } from './store-context';

export function ActionList({ actions, showCommune = false, distances }: { actions: readonly ActionFeature[]; showCommune?: boolean; distances?: ReadonlyMap<string, number> }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const placed = useAppState(placements);
  const territory = useAppState((s) => s.data.territory);
  // No status nor budget until the table published today is known (the build's HTML is made
  // before it, the first render too): never a stale one.
  const tracking = useAppState((s) => s.suivi.status !== 'pending');
  return (
    <ul class="action-list">
      {actions.map((a) => {
        const p = a.properties;
        const commune = placed[p.id]?.commune;
        return (
          <li key={p.id} class="action-item" data-action={p.id}>
            <button type="button" class="action-item__title link-button" aria-label={t('action.open', { title: p.titre })} onClick={() => store.getState().selectAction(p.id)}>
              {tracking && <MarkerSwatch axis={p.axe} status={p.statut} />}
              <span lang="fr">{p.titre}</span>
            </button>
            <div class="action-item__meta">
              <AxisBadge axis={p.axe} /> {tracking && <StatusBadge status={p.statut} />}
            </div>
            <div class="action-item__meta muted">
              <span lang="fr">{p.porteur.nom}</span>
              {showCommune && commune ? ` · ${communeName(territory, commune)}` : ''}
              {distances?.has(p.id) ? ` · ${formatDistance(t, lang, distances.get(p.id)!)}` : ''}
              {tracking && ` · ${t('action.budgetLine', { value: p.budget === null ? t('action.budgetUnknown') : formatEuros(lang, p.budget) })}`}
            </div>
            <div class="action-item__meta">
              <ProvenanceNote provenance={p.provenance} parts={p.indicatif} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
