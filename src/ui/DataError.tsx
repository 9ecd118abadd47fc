import type { DataProblem } from '../data/problems';
import { formatDataProblem } from '../i18n/problems';
import { translate, type Lang } from '../i18n';

/** Shown instead of the app when geodata/ is invalid: the page says why, never goes blank. */
export function DataError({ problems, lang }: { problems: readonly DataProblem[]; lang: Lang }) {
  return (
    <main class="data-error">
      <div role="alert">
        <h1>{translate(lang, 'data.invalidTitle')}</h1>
      </div>
      <p>{translate(lang, 'data.invalidHelp')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{formatDataProblem(p, lang)}</li>
        ))}
      </ul>
    </main>
  );
}
