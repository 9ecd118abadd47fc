// Commune contours for the CLIs: a file in geo.api.gouv.fr's shape, or its URL. Failures are
// values with a French message, never a stack trace.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { CommuneContours } from '../data/schemas';
import { communeContoursCheck } from '../data/contours-check';
import { fail, ok, type Result } from '../data/result';
import { fetchCommuneContours } from '../services/communes';

export async function readCommunes(source: string): Promise<Result<CommuneContours>> {
  if (/^https?:\/\//.test(source)) {
    const reply = await fetchCommuneContours(source);
    return reply.ok ? ok(reply.value) : fail(reply.reason, reply.message);
  }
  if (!existsSync(source) || !statSync(source).isFile()) return fail('missing', `fichier de contours introuvable : ${source}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(source, 'utf8'));
  } catch (e) {
    return fail('invalid', `${source} : JSON illisible (${(e as Error).message}).`);
  }
  const parsed = communeContoursCheck.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('invalid', `${source} n'est pas une collection de contours de communes (propriétés code et nom attendues).`);
}
