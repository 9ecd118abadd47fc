// "Programme": the programme at a glance, from geodata only — its timeline (with the perimeter
// version each step made), the 2026 review, and the actions counted by axis × status, commune and
// sector, with known budgets by axis. Each chart has its table; filters are those of the map.
import { useEffect, useRef } from 'preact/hooks';
import { AXES, STATUSES } from '../../data/vocabulary';
import { actionMatrix, actionsPerCommune, actionsPerSector, budgetsByAxis } from '../../state/programme';
import { allVersions, currentSectors, currentVersion } from '../../state/versions';
import { programmeInLang } from '../../state/selectors';
import { AXIS_COLORS, SECTOR_COLOR, COMMUNE_LINE_COLOR } from '../../style/palette';
import { formatEuros, formatPartialDate } from '../../i18n';
import { formatBudget } from '../format';
import { FrenchOnlyNote, ProvenanceNote } from '../badges';
import { Filters } from '../Filters';
import { BarChart } from './BarChart';
import { BilanFigures } from '../BilanFigures';
import { MovedSinceCopil } from '../suivi/MovedSinceCopil';
import { TableTools } from '../suivi/TableTools';
import { useAppState, useStore, useT } from '../store-context';

export function ProgrammeView() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const matrix = useAppState(actionMatrix);
  const perCommune = useAppState(actionsPerCommune);
  const perSector = useAppState(actionsPerSector);
  const budgets = useAppState(budgetsByAxis);
  const version = useAppState(currentVersion);
  const sectors = useAppState(currentSectors);
  const { territory, actions } = useAppState((s) => s.data);
  const programme = useAppState(programmeInLang);
  const versions = useAppState(allVersions);
  // The programme's total, from its own source (the review), beside budgets known action by action.
  const programmed = programme.bilan2026.chiffres.find((c) => c.id === 'investissements-programmes' && c.unite === 'EUR');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  const communeName = (id: string | null) => (id ? (territory.communes.find((c) => c.insee === id)?.nom ?? id) : t('programme.communeUnknown'));
  const sectorName = (id: string | null) => (id ? (sectors.find((f) => f.properties.id === id)?.properties.nom ?? id) : t('list.noSector'));
  const openVersion = (id: string) => {
    store.getState().selectVersion(id);
    store.getState().setView('map');
  };

  return (
    <section class="programme-view" aria-labelledby="programme-title">
      <h2 id="programme-title" tabIndex={-1} ref={headingRef}>
        {t('programme.title')}
      </h2>
      <p>{programme.nom}</p>
      <FrenchOnlyNote />

      <h3>{t('programme.timeline')}</h3>
      <ol class="programme-view__steps">
        {programme.etapes.map((e) => (
          <li key={e.id} data-step={e.id}>
            <time dateTime={e.date}>{formatPartialDate(lang, e.date)}</time> — <strong>{e.titre}</strong>. {e.resume} <ProvenanceNote provenance={e.provenance} />
            {e.version && (
              <>
                {' '}
                <button type="button" class="link-button" onClick={() => openVersion(e.version!)}>
                  {t('programme.seeVersion', { label: versions.find((v) => v.id === e.version)?.label ?? e.version })}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>

      <BilanFigures />
      <MovedSinceCopil />

      <h3>{t('programme.actions')}</h3>
      <p class="muted">{t('programme.actionsNote', { shown: matrix.total, total: actions.features.length, version: version.label })}</p>
      <Filters idPrefix="programme" />

      <h4>{t('programme.matrixTitle')}</h4>
      <BarChart
        id="chart-axes"
        title={t('programme.chartAxes')}
        description={AXES.map((a) => `${t(`axis.${a}`)} : ${matrix.byAxis[a]}`).join(' ; ')}
        bars={AXES.map((a) => ({ label: t(`axis.${a}`), value: matrix.byAxis[a], text: String(matrix.byAxis[a]), color: AXIS_COLORS[a] }))}
      />
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('programme.matrixTitle')}>
        <table class="report programme-view__matrix">
          <caption>{t('programme.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.col.axe')}</th>
              {STATUSES.map((st) => (
                <th key={st} scope="col">
                  {t(`status.${st}`)}
                </th>
              ))}
              <th scope="col">{t('programme.total')}</th>
            </tr>
          </thead>
          <tbody>
            {AXES.map((a) => (
              <tr key={a} data-axis={a}>
                <th scope="row">{t(`axis.${a}`)}</th>
                {STATUSES.map((st) => (
                  <td key={st}>{matrix.cells[a][st]}</td>
                ))}
                <td>{matrix.byAxis[a]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('programme.total')}</th>
              {STATUSES.map((st) => (
                <td key={st}>{matrix.byStatus[st]}</td>
              ))}
              <td class="programme-view__total">{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h4>{t('programme.byCommune')}</h4>
      <CountTable id="chart-communes" rows={perCommune.map((r) => ({ label: communeName(r.id), count: r.count }))} caption={t('programme.byCommune')} color={COMMUNE_LINE_COLOR} />
      <h4>{t('programme.bySector', { version: version.label })}</h4>
      <CountTable
        id="chart-sectors"
        rows={perSector.map((r) => ({ label: sectorName(r.id), count: r.count, lang: r.id ? ('fr' as const) : undefined }))}
        caption={t('programme.bySector', { version: version.label })}
        color={SECTOR_COLOR}
      />

      <h4>{t('programme.budgets')}</h4>
      <BarChart
        id="chart-budgets"
        title={t('programme.budgets')}
        description={budgets.map((b) => `${t(`axis.${b.axis}`)} : ${formatBudget(t, lang, b.known, b.unknown)}`).join(' ; ')}
        bars={budgets.map((b) => ({ label: t(`axis.${b.axis}`), value: b.known ?? 0, text: formatBudget(t, lang, b.known, b.unknown), color: AXIS_COLORS[b.axis] }))}
      />
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('programme.budgets')}>
        <table class="report report--budgets">
          <caption>{t('programme.budgetsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.col.axe')}</th>
              <th scope="col">{t('programme.col.known')}</th>
              <th scope="col">{t('programme.col.unknown')}</th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((b) => (
              <tr key={b.axis} data-axis={b.axis}>
                <th scope="row">{t(`axis.${b.axis}`)}</th>
                <td>{b.known === null ? '—' : formatEuros(lang, b.known)}</td>
                <td>{b.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="indicative">{t('programme.budgetsNote')}</p>
      {programmed && (
        <p data-figure-source="investissements-programmes">
          {t('programme.budgetsProgrammed', { label: programmed.libelle, amount: formatEuros(lang, programmed.valeur), date: formatPartialDate(lang, programme.bilan2026.date) })}
        </p>
      )}
      <p class="muted">{t('programme.source', { source: programme.source })}</p>

      <h3>{t('suivi.title')}</h3>
      <TableTools />
    </section>
  );
}

function CountTable({ id, rows, caption, color }: { id: string; rows: readonly { label: string; count: number; lang?: 'fr' }[]; caption: string; color: string }) {
  const t = useT();
  return (
    <>
      <BarChart
        id={id}
        title={caption}
        description={rows.map((r) => `${r.label} : ${r.count}`).join(' ; ')}
        bars={rows.map((r) => ({ label: r.label, value: r.count, text: String(r.count), color, lang: r.lang }))}
      />
      <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table class="report">
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programme.col.where')}</th>
              <th scope="col">{t('programme.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" lang={r.lang}>
                  {r.label}
                </th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
