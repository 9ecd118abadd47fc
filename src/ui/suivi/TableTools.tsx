// The programme team's round trip: download the action table as a spreadsheet opens it, edit it,
// and check the edited file here before publishing it (what will change, or the lines to fix).
// Nothing is stored: publishing is replacing geodata/suivi.csv on the host.
import { useState } from 'preact/hooks';
import { FileButton } from '../FileButton';
import type { ActionChange, TableCheck } from '../../state/shape/suivi';
import { formatEuros, formatPartialDate } from '../../i18n';
import { suiviProblemText } from '../../i18n/problems';
import { download } from '../download';
import { useAppState, useStore, useT, type Translate } from '../store-context';
import type { Lang } from '../../i18n';

function changeLines(t: Translate, lang: Lang, c: ActionChange): string[] {
  const { before, after } = c;
  const title = after.titre;
  const budget = (v: number | null) => (v === null ? t('action.budgetUnknown') : formatEuros(lang, v));
  const lines: string[] = [];
  const day = (d: string | null) => (d ? formatPartialDate(lang, d) : t('suivi.change.noDate'));
  if (c.fields.includes('statut'))
    lines.push(
      t('suivi.change.statut', { title, from: t(`status.${before.statut}`), to: t(`status.${after.statut}`) }) +
        (after.depuis ? t('suivi.change.since', { date: formatPartialDate(lang, after.depuis) }) : ''),
    );
  else if (c.fields.includes('depuis')) lines.push(t('suivi.change.depuis', { title, from: day(before.depuis), to: day(after.depuis) }));
  if (c.fields.includes('budget')) lines.push(t('suivi.change.budget', { title, from: budget(before.budget), to: budget(after.budget) }));
  if (c.fields.includes('titre')) lines.push(t('suivi.change.titre', { from: before.titre, to: after.titre }));
  const others = c.fields.filter((f) => !['statut', 'depuis', 'budget', 'titre'].includes(f));
  if (others.length > 0) lines.push(t('suivi.change.other', { title, fields: others.join(', ') }));
  return lines;
}

export function TableTools() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const [checked, setChecked] = useState<{ name: string; result: TableCheck } | null>(null);

  const downloadTable = async () => download('suivi.csv', await store.getState().tableFile(), 'text/csv');
  const check = async (file: File) => {
    const result = await store.getState().checkTable(new Uint8Array(await file.arrayBuffer()));
    setChecked({ name: file.name, result });
  };

  return (
    <div class="table-tools">
      <p>
        <button type="button" class="tool-button" onClick={() => void downloadTable()}>
          {t('suivi.download')}
        </button>{' '}
        <span class="muted">{t('suivi.downloadHint')}</span>
      </p>
      <p>
        <FileButton label={t('suivi.check')} accept=".csv,text/csv" onFile={(file) => void check(file)} /> <span class="muted">{t('suivi.checkHint')}</span>
      </p>
      {checked && (
        <div class="table-check" role="status" data-table-check={checked.result.ok ? 'ok' : 'refused'}>
          {checked.result.ok ? (
            checked.result.changes.length === 0 ? (
              <p>{t('suivi.checkNone')}</p>
            ) : (
              <>
                <p>{t('suivi.checkChanges', { name: checked.name, count: checked.result.changes.length })}</p>
                <ul>{checked.result.changes.flatMap((c) => changeLines(t, lang, c).map((line) => <li key={`${c.id}-${line}`}>{line}</li>))}</ul>
              </>
            )
          ) : (
            <>
              <p>{t('suivi.checkRefused', { name: checked.name, count: checked.result.problems.length })}</p>
              <ul>
                {checked.result.problems.map((p) => (
                  <li key={suiviProblemText(lang, p)}>{suiviProblemText(lang, p)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
