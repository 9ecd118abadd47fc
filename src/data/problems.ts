// One shape for every data problem: which file, which feature, what is wrong (in French).
import { z } from 'zod';

// zod's own messages in French ("Entrée invalide : …"), for every schema of the app.
z.config(z.locales.fr());

export interface DataProblem {
  readonly file: string;
  readonly featureId: string | null;
  readonly message: string;
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}${p.featureId ? ` [${p.featureId}]` : ''} : ${p.message}`;
}

/** Turn a zod error into problems, naming the feature by its `properties.id` when the path reaches one. */
export function zodProblems(file: string, error: z.ZodError, raw: unknown): DataProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    let featureId: string | null = null;
    if (path[0] === 'features' && typeof path[1] === 'number') {
      const feature = (raw as { features?: { properties?: { id?: unknown } }[] })?.features?.[path[1]];
      const id = feature?.properties?.id;
      featureId = typeof id === 'string' && id ? id : `élément n° ${path[1] + 1}`;
    }
    const where = path.length ? ` (champ ${path.map(String).join('.')})` : '';
    return { file, featureId, message: `${issue.message}${where}` };
  });
}
