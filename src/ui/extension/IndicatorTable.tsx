// The figures of an extension scenario: every commune of the EPCI, then the totals before and
// after. A figure without a source is not shown ("—"), and the notes say where each comes from.
import { STATUSES } from '../../data/vocabulary';
import type { CommuneIndicators, IndicatorTotals } from '../../geo/extension';
import { extensionRows, extensionTotals } from '../../state/extension-figures';
import { formatHectares, formatOptional } from '../../i18n';
import { formatBudget } from '../format';
import { useAppState, useT } from '../store-context';

export function IndicatorTable({ caption }: { caption: string }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const rows = useAppState(extensionRows);
  const totals = useAppState(extensionTotals);
  const imported = useAppState((s) => s.indicators);
  const territory = useAppState((s) => s.data.territory);
  const contoursReady = useAppState((s) => s.contours.status === 'ready');
  const num = (n: number | null, digits = 2) => formatOptional(lang, n, digits);
  const columns = imported?.columns ?? [];
  const actionsText = (r: CommuneIndicators) =>
    r.actionsCount === 0
      ? '0'
      : `${r.actionsCount} (${STATUSES.filter((st) => r.actions[st] > 0)
          .map((st) => `${r.actions[st]} ${t(`status.${st}`).toLowerCase()}`)
          .join(', ')})`;
  const budget = (known: number | null, unknown: number) => formatBudget(t, lang, known, unknown);
  const interior = rows.some((r) => r.centreFrom === 'interior');

  const totalRow = (label: string, x: IndicatorTotals, key: string) => (
    <tr key={key} class="indicators__total">
      <th scope="row">{label}</th>
      <td>{t('extension.communesCount', { count: x.communes })}</td>
      <td>
        {num(x.populationMunicipale, 0)} <span class="muted">({t('extension.share', { share: num(x.populationShare * 100, 1) })})</span>
      </td>
      <td>{num(x.populationTotale, 0)}</td>
      <td>{num(x.areaKm2)}</td>
      <td />
      <td>{x.actionsCount}</td>
      <td>{budget(x.knownBudget, x.unknownBudgets)}</td>
      <td>{t('extension.sectorsValue', { count: x.sectors, ha: formatHectares(lang, x.sectorsHa) })}</td>
      {columns.map((c) => (
        <td key={c}>{num(x.imported[c] ?? null, 3)}</td>
      ))}
    </tr>
  );

  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="indicators report">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('extension.col.commune')}</th>
            <th scope="col">{t('extension.col.status')}</th>
            <th scope="col">{t('extension.col.populationMunicipale')}</th>
            <th scope="col">{t('extension.col.populationTotale')}</th>
            <th scope="col">{t('extension.col.area')}</th>
            <th scope="col">{t('extension.col.distance')}</th>
            <th scope="col">{t('extension.col.actions')}</th>
            <th scope="col">{t('extension.col.budget')}</th>
            <th scope="col">{t('extension.col.sectors')}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.insee} data-commune={r.insee} class={`indicators__row--${r.status}`}>
              <th scope="row">{r.nom}</th>
              <td>{t(`extension.status.${r.status}`)}</td>
              <td>{num(r.populationMunicipale, 0)}</td>
              <td>{num(r.populationTotale, 0)}</td>
              <td>{num(r.areaKm2)}</td>
              <td>{r.isTown ? t('extension.townItself') : num(r.distanceKm, 1)}</td>
              <td>{actionsText(r)}</td>
              <td>{budget(r.knownBudget, r.unknownBudgets)}</td>
              <td>{t('extension.sectorsValue', { count: r.sectors, ha: formatHectares(lang, r.sectorsHa) })}</td>
              {columns.map((c) => (
                <td key={c}>{num(r.imported[c] ?? null, 3)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {totalRow(t('extension.totalBefore'), totals.before, 'before')}
          {totalRow(t('extension.totalAfter'), totals.after, 'after')}
        </tfoot>
      </table>
      <ul class="indicators__notes muted">
        <li>{t('extension.note.population', { source: territory.source, vintage: territory.millesime })}</li>
        <li>{contoursReady ? t('extension.note.area') : t('extension.note.noContours')}</li>
        <li>{interior ? t('extension.note.centreInterior') : t('extension.note.centreApi')}</li>
        <li>{t('extension.note.actions')}</li>
        {imported && <li>{t('extension.note.imported', { source: imported.source })}</li>}
      </ul>
    </div>
  );
}
