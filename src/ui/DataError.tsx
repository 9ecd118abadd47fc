import type { DataProblem } from '../data/problems';
import { formatProblem } from '../data/problems';

/** Shown instead of the app when geodata/ is invalid: the page says why, never goes blank. */
export function DataError({ problems }: { problems: readonly DataProblem[] }) {
  return (
    <main class="data-error">
      <div role="alert">
        <h1>Les données de la carte sont invalides</h1>
      </div>
      <p>Corrigez les fichiers de geodata/ (voir npm run check:data) :</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
    </main>
  );
}
