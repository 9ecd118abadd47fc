// The one way the app and the CLI call an outside service: timeout, caller's AbortSignal,
// zod-checked reply, and a French message for every expected failure.
import type { z } from '../data/zod';
import { fail, ok, type Result } from '../data/result';

export type FetchFailure = 'timeout' | 'aborted' | 'network' | 'http' | 'not-json' | 'invalid';

export interface FetchJsonOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Human name of what is fetched, for messages ("les contours des communes"). */
  readonly what: string;
  readonly init?: RequestInit;
}

export async function fetchJson<S extends z.ZodType>(url: string, schema: S, options: FetchJsonOptions): Promise<Result<z.infer<S>, FetchFailure>> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { ...options.init, signal });
  } catch (e) {
    if (options.signal?.aborted) return fail('aborted', `Chargement de ${options.what} annulé.`);
    if (timeout.aborted) return fail('timeout', `Le service n'a pas répondu à temps pour ${options.what} (${Math.round((options.timeoutMs ?? 10_000) / 1000)} s).`);
    return fail('network', `Impossible de joindre le service pour ${options.what} (${(e as Error).message}).`);
  }
  if (!response.ok) return fail('http', `Le service a refusé ${options.what} (erreur HTTP ${response.status}).`);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return fail('not-json', `La réponse pour ${options.what} n'est pas du JSON lisible.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('invalid', `La réponse pour ${options.what} n'a pas la forme attendue${first ? ` (${first.path.join('.') || 'racine'} : ${first.message})` : ''}.`);
  }
  return ok(parsed.data);
}
