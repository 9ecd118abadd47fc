// The one way the app and the CLI call an outside service: timeout, caller's AbortSignal,
// checked reply (a zod schema or any validator with the same safeParse), and a French message for
// every expected failure.
import { fail, ok, type Result } from '../data/result';

/** What fetchJson needs of a validator: zod schemas have it, so do the light hand-written checks. */
export interface ReplyValidator<T> {
  safeParse(
    raw: unknown,
  ):
    | { readonly success: true; readonly data: T }
    | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };
}

export type FetchFailure = 'timeout' | 'aborted' | 'network' | 'http' | 'not-json' | 'invalid';

export interface FetchJsonOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Human name of what is fetched, for messages ("les contours des communes"). */
  readonly what: string;
  readonly init?: RequestInit;
}

export async function fetchJson<T>(url: string, schema: ReplyValidator<T>, options: FetchJsonOptions): Promise<Result<T, FetchFailure>> {
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
    return fail('invalid', `La réponse pour ${options.what} n'a pas la forme attendue${first ? ` (${first.path.map(String).join('.') || 'racine'} : ${first.message})` : ''}.`);
  }
  return ok(parsed.data);
}
