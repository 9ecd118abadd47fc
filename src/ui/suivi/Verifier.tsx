// `?verifier`: the programme team's page. It reads the published action table as the map does at
// each visit and lists every problem as check:data does (line, column, value, what is expected),
// in the language shown; then the round trip (download, check an edited table).
import { useEffect, useRef } from 'preact/hooks';
import { formatPartialDate } from '../../i18n';
import { suiviProblemText } from '../../i18n/problems';
import { failureKey, useAppState, useStore, useT } from '../store-context';
import { TableTools } from './TableTools';

export function Verifier() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const suivi = useAppState((s) => s.suivi);
  const builtAt = useAppState((s) => s.data.builtTable?.builtAt ?? null);
  const source = useAppState((s) => s.data.territory.suivi?.url ?? 'geodata/suivi.csv');
  const count = useAppState((s) => s.data.actions.features.length);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  const date = builtAt ? formatPartialDate(lang, builtAt) : '—';

  return (
    <section class="programme-view verifier" aria-labelledby="verifier-title">
      <h2 id="verifier-title" tabIndex={-1} ref={headingRef}>
        {t('verifier.title')}
      </h2>
      <p>{t('verifier.intro', { source })}</p>
      <div role="status" data-suivi={suivi.status}>
        {suivi.status === 'pending' && <p>{t('verifier.loading')}</p>}
        {(suivi.status === 'built' || suivi.status === 'live') && (
          <p class="verifier__ok">
            {t('verifier.ok', { count })} {suivi.status === 'built' && t('verifier.okSame', { date })}
          </p>
        )}
        {suivi.status === 'unreachable' && <p class="verifier__bad">{t('verifier.unreachable', { reason: t(failureKey(suivi.failure)), date })}</p>}
        {suivi.status === 'refused' && (
          <>
            <p class="verifier__bad">{t('verifier.bad', { count: suivi.problems.length, date })}</p>
            <ul class="verifier__problems">
              {suivi.problems.map((p) => {
                const text = t('problem.inFile', { file: 'suivi.csv', what: suiviProblemText(lang, p) });
                return <li key={text}>{text}</li>;
              })}
            </ul>
          </>
        )}
      </div>
      <TableTools />
      <p>
        <button type="button" class="link-button" onClick={() => store.getState().setView('map')}>
          {t('verifier.back')}
        </button>
      </p>
    </section>
  );
}
