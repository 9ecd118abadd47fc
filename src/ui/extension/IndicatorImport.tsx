// "Importer des indicateurs (CSV)": a table from INSEE or the DDT, joined by INSEE code. All or
// nothing: a file with a problem changes nothing, and each problem is said with its line.
import { useState } from 'preact/hooks';
import { FileButton } from '../FileButton';
import type { IndicatorCsvProblem } from '../../data/indicator-csv';
import { indicatorCsvProblemText } from '../../i18n/problems';
import { useAppState, useStore, useT } from '../store-context';

type Outcome =
  | { readonly kind: 'imported'; readonly name: string; readonly encoding: string; readonly ignored: readonly string[]; readonly others: number }
  | { readonly kind: 'rejected'; readonly name: string; readonly problems: readonly IndicatorCsvProblem[] };

export function IndicatorImport() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const indicators = useAppState((s) => s.indicators);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const open = async (file: File) => {
    // The reader (and papaparse) load on first use.
    const { readIndicatorCsv } = await import('../../data/indicator-csv');
    const s = store.getState();
    const result = readIndicatorCsv(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      s.data.territory.communes.map((c) => c.insee),
    );
    if (!result.ok) return setOutcome({ kind: 'rejected', name: file.name, problems: result.problems });
    s.setIndicators(result.value);
    setOutcome({ kind: 'imported', name: file.name, encoding: result.encoding, ignored: result.ignoredColumns, others: result.otherCommunes });
  };

  return (
    <div class="indicator-import">
      <FileButton label={t('indicators.import')} accept=".csv,text/csv" onFile={(file) => void open(file)} />{' '}
      {indicators && (
        <button
          type="button"
          class="tool-button"
          onClick={() => {
            store.getState().setIndicators(null);
            setOutcome(null);
          }}
        >
          {t('indicators.remove', { source: indicators.source })}
        </button>
      )}
      <p class="muted">{t('indicators.help')}</p>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'imported' && (
          <p class="indicator-import__ok">
            {t('indicators.imported', { name: outcome.name, encoding: outcome.encoding })}
            {outcome.ignored.length > 0 ? ` ${t('indicators.ignored', { columns: outcome.ignored.join(', ') })}` : ''}
            {outcome.others > 0 ? ` ${t('indicators.otherCommunes', { count: outcome.others })}` : ''}
          </p>
        )}
      </div>
      {outcome?.kind === 'rejected' && (
        <div class="import-problems import-problems--inline" role="alert">
          <p>
            <strong>{t('indicators.rejected', { name: outcome.name })}</strong>
          </p>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{indicatorCsvProblemText(lang, p)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
