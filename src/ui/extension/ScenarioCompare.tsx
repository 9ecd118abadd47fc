// Two or three scenarios side by side: their totals in one table, and the map comparison of
// any two of them that are versions (a piste has no sectors of its own yet).
import { MAX_COMPARED_SCENARIOS, PISTE_PREFIX } from '../../state/extension';
import { scenarioOptions, scenarioTotals } from '../../state/extension-figures';
import { formatHectares, formatOptional } from '../../i18n';
import { formatBudget } from '../format';
import type { IndicatorTotals } from '../../geo/extension';
import { ProvenanceNote } from '../badges';
import { useAppState, useStore, useT } from '../store-context';

function TotalsColumn({ id, pick }: { id: string; pick: (x: IndicatorTotals) => string }) {
  const totals = useAppState((s) => scenarioTotals(s, id));
  return <td>{totals ? pick(totals) : '—'}</td>;
}

export function ScenarioCompare() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const options = useAppState(scenarioOptions);
  const chosen = useAppState((s) => s.comparedScenarios);
  const communes = useAppState((s) => s.data.territory.communes);
  const indicators = useAppState((s) => s.indicators);
  const num = (n: number | null, digits = 2) => formatOptional(lang, n, digits);
  const shown = options.filter((o) => chosen.includes(o.id));
  const versions = shown.filter((o) => !o.id.startsWith(PISTE_PREFIX));
  const names = (codes: readonly string[]) => codes.map((c) => communes.find((x) => x.insee === c)?.nom ?? c).join(', ');

  const lines: { key: string; label: string; pick: (x: IndicatorTotals) => string }[] = [
    { key: 'communes', label: t('scenario.row.communes'), pick: (x) => String(x.communes) },
    {
      key: 'population',
      label: t('extension.col.populationMunicipale'),
      pick: (x) => `${num(x.populationMunicipale, 0)} (${t('extension.share', { share: num(x.populationShare * 100, 1) })})`,
    },
    { key: 'populationTotale', label: t('extension.col.populationTotale'), pick: (x) => num(x.populationTotale, 0) },
    { key: 'area', label: t('extension.col.area'), pick: (x) => num(x.areaKm2) },
    { key: 'actions', label: t('extension.col.actions'), pick: (x) => String(x.actionsCount) },
    {
      key: 'budget',
      label: t('extension.col.budget'),
      pick: (x) => formatBudget(t, lang, x.knownBudget, x.unknownBudgets),
    },
    { key: 'sectors', label: t('extension.col.sectors'), pick: (x) => t('extension.sectorsValue', { count: x.sectors, ha: formatHectares(lang, x.sectorsHa) }) },
    ...(indicators?.columns ?? []).map((c) => ({ key: `imported-${c}`, label: c, pick: (x: IndicatorTotals) => num(x.imported[c] ?? null, 3) })),
  ];

  return (
    <div class="scenario-compare">
      <fieldset>
        <legend>{t('scenario.choose', { max: MAX_COMPARED_SCENARIOS })}</legend>
        {options.map((o) => (
          <label key={o.id} class="legend__item" for={`scenario-${o.id}`}>
            <input
              id={`scenario-${o.id}`}
              type="checkbox"
              checked={chosen.includes(o.id)}
              disabled={!chosen.includes(o.id) && chosen.length >= MAX_COMPARED_SCENARIOS}
              onChange={() => store.getState().toggleComparedScenario(o.id)}
            />
            {o.label} {o.ownDraft ? <span class="provenance provenance--draft">{t('scenario.ownDraft')}</span> : <ProvenanceNote provenance={o.provenance} />}
          </label>
        ))}
      </fieldset>
      {shown.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('scenario.tableCaption')}>
          <table class="report scenario-compare__table">
            <caption>{t('scenario.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scenario.row.indicator')}</th>
                {shown.map((o) => (
                  <th key={o.id} scope="col" data-scenario={o.id}>
                    {o.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('scenario.row.signatories')}</th>
                {shown.map((o) => (
                  <td key={o.id}>{names(o.communes)}</td>
                ))}
              </tr>
              {lines.map((line) => (
                <tr key={line.key}>
                  <th scope="row">{line.label}</th>
                  {shown.map((o) => (
                    <TotalsColumn key={o.id} id={o.id} pick={line.pick} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {versions.length === 2 && (
        <button type="button" class="tool-button" onClick={() => store.getState().setCompare({ a: versions[0]!.id, b: versions[1]!.id, mode: 'difference' })}>
          {t('scenario.compareOnMap')}
        </button>
      )}
    </div>
  );
}
