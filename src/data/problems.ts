// One shape for every data problem: which file, which feature, what is wrong, as a code with its
// parameters. src/i18n words it (formatDataProblem), in French for the CLI.
import type { z } from './zod';
import type { GeoProblem } from './geo-problems';
import type { SuiviProblem } from './suivi';

type DataIssue =
  | GeoProblem
  | SuiviProblem
  | { readonly code: 'missing-file' }
  | { readonly code: 'bad-json'; readonly detail: string }
  | { readonly code: 'no-version-in-force' }
  /** Not UTF-8 (a Latin-1 or Windows-1252 export): named rather than read with broken letters. */
  | { readonly code: 'not-utf8' }
  /** A version whose perimeter has no sector. */
  | { readonly code: 'no-sectors' }
  /** A perimeter file whose version id is already another version's. */
  | { readonly code: 'duplicate-version-id'; readonly id: string }
  /** A version lists a signatory commune that is not a commune of the EPCI. */
  | { readonly code: 'unknown-commune'; readonly insee: string }
  /** A schema rule, with zod's detail and the path of the field; `of` names a nested member. */
  | { readonly code: 'schema'; readonly detail: string; readonly field: string | null; readonly of?: 'version-meta' };

export interface DataProblem {
  readonly file: string;
  /** The feature's `properties.id`, or its position (from 0) when it has no usable id. */
  readonly featureId: string | null;
  readonly featureIndex?: number;
  readonly issue: DataIssue;
}

/** Turn a zod error into problems, naming the feature by its `properties.id` when the path reaches one. */
export function zodProblems(file: string, error: z.ZodError, raw: unknown, of?: 'version-meta'): DataProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const field = path.length ? path.map(String).join('.') : null;
    const schema: DataIssue = { code: 'schema', detail: issue.message, field, ...(of ? { of } : {}) };
    if (path[0] === 'features' && typeof path[1] === 'number') {
      const feature = (raw as { features?: { properties?: { id?: unknown } }[] })?.features?.[path[1]];
      const id = feature?.properties?.id;
      return typeof id === 'string' && id ? { file, featureId: id, issue: schema } : { file, featureId: null, featureIndex: path[1], issue: schema };
    }
    return { file, featureId: null, issue: schema };
  });
}

/** A problem of the action table (its codes all start with « suivi- »), without loading the table's reader. */
export const isSuiviProblem = (p: { readonly code: string }): p is SuiviProblem => p.code.startsWith('suivi-');
