// The 2026 review (figures with their provenance, points of vigilance), in the overview panel and
// in the programme view.
import { formatEuros } from '../i18n';
import { ProvenanceNote } from './badges';
import { useAppState, useStore, useT } from './store-context';

export function BilanFigures() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const { bilan2026 } = useStore().getState().data.programme;
  return (
    <>
      <h3>{t('panel.figures')}</h3>
      <dl class="figures">
        {bilan2026.chiffres.map((c) => (
          <div key={c.id} data-figure={c.id}>
            <dt>{c.libelle}</dt>
            <dd>
              {c.unite === 'EUR' ? formatEuros(lang, c.valeur) : c.unite === '%' ? `${c.valeur} %` : c.valeur} <ProvenanceNote provenance={c.provenance} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('panel.vigilance')}</h3>
      <ul>
        {bilan2026.vigilance.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    </>
  );
}
