// "Extension intercommunale": which communes would join the ORT, what it changes in figures, and
// the scenarios to bring to the next COPIL. The map colours the communes; this panel is the
// keyboard (and screen reader) way to do everything the map does.
import { signatories } from '../../state/extension';
import { extensionRows, extensionTotals } from '../../state/extension-figures';
import { currentVersion } from '../../state/versions';
import { download } from '../download';
import { draftWording } from '../draft-wording';
import { IndicatorTable } from './IndicatorTable';
import { IndicatorImport } from './IndicatorImport';
import { ScenarioCompare } from './ScenarioCompare';
import { useAppState, useStore, useT } from '../store-context';

export function ExtensionPanel() {
  const t = useT();
  const store = useStore();
  const version = useAppState(currentVersion);
  const own = useAppState(signatories);
  const proposed = useAppState((s) => s.extension) ?? [];
  const communes = useAppState((s) => s.data.territory.communes);
  const contoursReady = useAppState((s) => s.contours.status === 'ready');

  const createScenario = () => {
    const s = store.getState();
    const names = proposed.map((c) => communes.find((x) => x.insee === c)?.nom ?? c).join(', ');
    const label = proposed.length ? t('scenario.defaultLabel', { communes: names }) : t('scenario.defaultLabelNone');
    s.createDraft(s.versionId, draftWording(t, label), proposed);
    s.closeExtension();
  };
  const downloadCsv = async () => {
    // The CSV writer (papaparse) loads when asked.
    const { indicatorsCsv } = await import('../../geo/extension-csv');
    const s = store.getState();
    download(`${t('file.indicators')}-${s.versionId}.csv`, indicatorsCsv(extensionRows(s), extensionTotals(s), s.indicators?.columns ?? []), 'text/csv;charset=utf-8');
  };

  return (
    <div class="panel__body extension-panel">
      <h2 id="panel-heading" tabIndex={-1}>
        {t('extension.title')}
      </h2>
      <p>{t('extension.intro', { version: version.label })}</p>
      <p class="muted">{t('extension.legalFrame')}</p>
      <fieldset class="extension-panel__communes">
        <legend>{t('extension.choose')}</legend>
        {communes.map((c) => {
          const signs = own.includes(c.insee);
          return (
            <label key={c.insee} class="legend__item" for={`extension-${c.insee}`}>
              <input
                id={`extension-${c.insee}`}
                type="checkbox"
                checked={signs || proposed.includes(c.insee)}
                disabled={signs}
                onChange={() => store.getState().toggleProposed(c.insee)}
              />
              <span class={`swatch swatch--extension-${signs ? 'ort' : proposed.includes(c.insee) ? 'proposed' : 'other'}`} aria-hidden="true" />
              {c.nom}
              {signs ? ` — ${t('extension.status.ort')}` : ''}
            </label>
          );
        })}
      </fieldset>
      <ul class="extension-panel__legend">
        <li>
          <span class="swatch swatch--extension-ort" aria-hidden="true" /> {t('extension.legend.ort')}
        </li>
        <li>
          <span class="swatch swatch--extension-proposed" aria-hidden="true" /> {t('extension.legend.proposed')}
        </li>
        <li>
          <span class="swatch swatch--extension-other" aria-hidden="true" /> {t('extension.legend.other')}
        </li>
      </ul>
      {!contoursReady && <p class="indicative">{t('extension.noContours')}</p>}

      <h3>{t('extension.figures')}</h3>
      <IndicatorTable caption={t('extension.tableCaption', { version: version.label })} />
      <div class="extension-panel__tools">
        <button type="button" class="tool-button" onClick={() => void downloadCsv()}>
          {t('extension.downloadCsv')}
        </button>
        <button type="button" class="tool-button" onClick={createScenario}>
          {t('scenario.create')}
        </button>
      </div>
      <p class="muted">{t('scenario.createHelp')}</p>
      <IndicatorImport />

      <h3>{t('scenario.compareTitle')}</h3>
      <ScenarioCompare />
    </div>
  );
}
