// The comparison of two versions: the maps (mounted through the map port) and the change report.
import { useRef } from 'preact/hooks';
import { COMPARE_MODES, type CompareMode } from '../state/compare';
import { compareByCommune, compareCsv, compareDiff, reportNamesOf } from '../state/compare-diff';
import { communeLabelOf } from '../state/selectors';
import { allVersions, versionSectors } from '../state/versions';
import { formatHectares, formatPercent } from '../i18n';
import { useMounted, usePorts } from './ports';
import { download } from './download';
import { FrenchOnlyNote } from './badges';
import { useAppState, useStore, useT } from './store-context';

export function CompareMaps() {
  const t = useT();
  const ports = usePorts();
  const compare = useAppState((s) => s.compare)!;
  const sectorsA = useAppState((s) => versionSectors(s, s.compare?.a ?? ''));
  const sectorsB = useAppState((s) => versionSectors(s, s.compare?.b ?? ''));
  const versions = useAppState(allVersions);
  const ref = useRef<HTMLDivElement>(null);
  const label = (id: string) => versions.find((v) => v.id === id)?.label ?? id;

  useMounted(() => ports.mountCompare(ref.current!), [compare.a, compare.b, compare.mode, sectorsA, sectorsB]);

  return (
    <section class={`compare compare--${compare.mode}`} aria-label={t('compare.mapsLabel', { a: label(compare.a), b: label(compare.b) })}>
      {compare.mode !== 'difference' && (
        <div class="compare__captions" aria-hidden="true">
          <span class="compare__caption compare__caption--a">A · {label(compare.a)}</span>
          <span class="compare__caption compare__caption--b">B · {label(compare.b)}</span>
        </div>
      )}
      <div id="compare-maps" class="compare__maps" ref={ref} />
    </section>
  );
}

export function ComparePanel() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const compare = useAppState((s) => s.compare)!;
  const versions = useAppState(allVersions);
  const diff = useAppState((s) => compareDiff(s, compare.a, compare.b));
  const byCommune = useAppState((s) => compareByCommune(s, compare.a, compare.b));
  const names = useAppState((s) => reportNamesOf(s, compare.a, compare.b));
  const contoursReady = useAppState((s) => s.contours.status === 'ready');
  const data = useAppState((s) => s.data);
  const nameOf = communeLabelOf(data.territory);
  const label = (id: string) => versions.find((v) => v.id === id)?.label ?? id;
  const titleOf = (id: string) => data.actions.features.find((a) => a.properties.id === id)?.properties.titre ?? id;
  const ha = (n: number | null, signed = false) => formatHectares(lang, n, signed);
  const set = (patch: Partial<typeof compare>) => store.getState().setCompare({ ...compare, ...patch });

  return (
    <div class="panel__body compare-panel">
      <h2 id="panel-heading" tabIndex={-1}>
        {t('compare.title')}
      </h2>
      <div class="compare-panel__pair">
        {(['a', 'b'] as const).map((side) => (
          <div key={side}>
            <label for={`compare-${side}`}>{t(side === 'a' ? 'compare.versionA' : 'compare.versionB')}</label>
            <select id={`compare-${side}`} value={compare[side]} onChange={(e) => set({ [side]: (e.currentTarget as HTMLSelectElement).value })}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <fieldset class="compare-panel__modes">
        <legend>{t('compare.mode')}</legend>
        {COMPARE_MODES.map((mode: CompareMode) => (
          <label key={mode}>
            <input type="radio" name="compare-mode" checked={compare.mode === mode} onChange={() => set({ mode })} /> {t(`compare.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {compare.mode === 'difference' && (
        <ul class="compare-panel__legend">
          <li>
            <span class="swatch swatch--added" aria-hidden="true" /> {t('compare.legend.added')}
          </li>
          <li>
            <span class="swatch swatch--removed" aria-hidden="true" /> {t('compare.legend.removed')}
          </li>
          <li>
            <span class="swatch swatch--unchanged" aria-hidden="true" /> {t('compare.legend.unchanged')}
          </li>
        </ul>
      )}
      {compare.a === compare.b && <p class="indicative">{t('compare.same')}</p>}
      {diff && (
        <>
          <FrenchOnlyNote />
          <div class="table-wrap" tabIndex={0} role="region" aria-label={t('compare.report', { a: label(compare.a), b: label(compare.b) })}>
            <table class="report">
              <caption>{t('compare.report', { a: label(compare.a), b: label(compare.b) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.col.sector')}</th>
                  <th scope="col">{t('compare.col.change')}</th>
                  <th scope="col">{t('compare.col.areaA')}</th>
                  <th scope="col">{t('compare.col.areaB')}</th>
                  <th scope="col">{t('compare.col.deltaHa')}</th>
                  <th scope="col">{t('compare.col.deltaPct')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.sectors.map((row) => (
                  <tr key={row.id} data-sector={row.id} class={`report__row--${row.change}`}>
                    <th scope="row" lang="fr">
                      {row.nom}
                    </th>
                    <td>
                      <span class={`change change--${row.change}`}>{t(`compare.change.${row.change}`)}</span>
                    </td>
                    <td>{ha(row.areaAHa)}</td>
                    <td>{ha(row.areaBHa)}</td>
                    <td>{ha(row.deltaHa, true)}</td>
                    <td>{row.deltaPct === null ? '—' : `${row.deltaPct > 0 ? '+' : ''}${formatPercent(lang, row.deltaPct)}`}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('compare.total')}</th>
                  <td />
                  <td>{ha(diff.totals.areaAHa)}</td>
                  <td>{ha(diff.totals.areaBHa)}</td>
                  <td>{ha(diff.totals.deltaHa, true)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="muted">{t('compare.areas', { added: ha(diff.totals.addedHa), removed: ha(diff.totals.removedHa) })}</p>
          <h3>{t('compare.actions', { count: diff.actions.length })}</h3>
          <ul class="compare-panel__actions">
            {diff.actions.map((m) => (
              <li key={m.id}>
                <span lang="fr">{titleOf(m.id)}</span> — {t(`compare.move.${m.change}`)}
              </li>
            ))}
          </ul>
          {byCommune && (
            <>
              <h3>{t('compare.byCommune')}</h3>
              {byCommune.joining.length > 0 && <p>{t('compare.joining', { communes: byCommune.joining.map(nameOf).join(', ') })}</p>}
              {byCommune.leaving.length > 0 && <p>{t('compare.leaving', { communes: byCommune.leaving.map(nameOf).join(', ') })}</p>}
              {!contoursReady ? (
                <p class="muted">{t('compare.byCommuneNeedsContours')}</p>
              ) : byCommune.communes.length === 0 ? (
                <p class="muted">{t('compare.noCommuneChange')}</p>
              ) : (
                <div class="table-wrap" tabIndex={0} role="region" aria-label={t('compare.byCommune')}>
                  <table class="report report--communes">
                    <caption class="sr-only">{t('compare.byCommune')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('extension.col.commune')}</th>
                        <th scope="col">{t('compare.col.sectorsAdded')}</th>
                        <th scope="col">{t('compare.col.addedHa')}</th>
                        <th scope="col">{t('compare.col.removedHa')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {byCommune.communes.map((c) => (
                        <tr key={c.insee} data-commune={c.insee}>
                          <th scope="row">{nameOf(c.insee)}</th>
                          <td>{c.sectorsAdded.map(names.sector).join(', ') || '—'}</td>
                          <td>{ha(c.addedHa)}</td>
                          <td>{ha(c.removedHa)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
          <button
            type="button"
            class="tool-button"
            onClick={() =>
              void compareCsv(store.getState(), compare.a, compare.b).then((csv) =>
                download(`${t('file.report')}-${compare.a}-${compare.b}.csv`, csv ?? '', 'text/csv;charset=utf-8'),
              )
            }
          >
            {t('compare.downloadCsv')}
          </button>{' '}
        </>
      )}
      <p class="indicative">{t('indicative.tracé')}</p>
    </div>
  );
}
