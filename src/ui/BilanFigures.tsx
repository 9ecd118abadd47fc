// The programme's latest review (figures with their provenance, points of vigilance), in the
// overview panel and in the programme view; nothing at all for a territory that has none yet.
import { formatEuros, formatPartialDate, formatPercent } from '../i18n';
import { ProvenanceNote } from './badges';
import { programmeInLang } from '../state/selectors';
import { useAppState, useT } from './store-context';

export function BilanFigures() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const bilan2026 = useAppState((s) => programmeInLang(s).bilan2026);
  if (bilan2026.chiffres.length === 0 && bilan2026.vigilance.length === 0) return null;
  return (
    <>
      <h3>{t('panel.figures', { date: formatPartialDate(lang, bilan2026.date) })}</h3>
      <dl class="figures">
        {bilan2026.chiffres.map((c) => (
          <div key={c.id} data-figure={c.id}>
            <dt>{c.libelle}</dt>
            <dd>
              {c.unite === 'EUR' ? formatEuros(lang, c.valeur) : c.unite === '%' ? formatPercent(lang, c.valeur) : c.valeur} <ProvenanceNote provenance={c.provenance} />
            </dd>
          </div>
        ))}
      </dl>
      {bilan2026.vigilance.length > 0 && (
        <>
          <h3>{t('panel.vigilance')}</h3>
          <ul>
            {bilan2026.vigilance.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
