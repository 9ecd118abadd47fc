// The action table as published at this moment (geodata/suivi.csv beside the page, or the address
// territory.json names): fetched at each visit, revalidated (never a stale copy), with its digest so
// the app parses it only when it is not the table the build was made with. Started with the page.
import { fail, ok, type Result } from '../data/result';
import type { PublishedTable } from '../data/suivi';

export type TableFailure = 'timeout' | 'network' | 'http';

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function fetchPublishedTable(url: string, timeoutMs = 10_000): Promise<Result<PublishedTable, TableFailure>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache', signal: timeout });
  } catch (e) {
    return timeout.aborted
      ? fail('timeout', `Le tableau de suivi n'a pas répondu en ${timeoutMs / 1000} s.`)
      : fail('network', `Tableau de suivi injoignable (${(e as Error).message}).`);
  }
  if (!response.ok) return fail('http', `Tableau de suivi refusé par le serveur (HTTP ${response.status}).`);
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sha256 = globalThis.crypto?.subtle ? hex(await crypto.subtle.digest('SHA-256', bytes)) : null;
    return ok({ bytes, sha256 });
  } catch (e) {
    return fail('network', `Tableau de suivi interrompu (${(e as Error).message}).`);
  }
}
