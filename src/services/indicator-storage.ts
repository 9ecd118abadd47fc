// Imported indicators stay in this browser (IndexedDB), checked with zod when read back (loaded
// only then: most visitors have none); an unreadable copy is set aside, never silently dropped.
import { get, set, del } from 'idb-keyval';
import type { ImportedIndicators } from '../data/indicators';
import { fail, ok, type Result } from '../data/result';

const KEY = 'carte-ort.indicators.v1';

export async function loadIndicators(): Promise<Result<ImportedIndicators | null, 'unavailable' | 'unreadable'>> {
  let raw: unknown;
  try {
    raw = await get(KEY);
  } catch (e) {
    return fail('unavailable', `stockage du navigateur indisponible (${(e as Error).message})`);
  }
  if (raw === undefined) return ok(null);
  const { importedIndicatorsSchema } = await import('../data/indicators');
  const parsed = importedIndicatorsSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  await set(`${KEY}.unreadable.${Date.now()}`, raw).catch(() => undefined);
  await del(KEY).catch(() => undefined);
  return fail('unreadable', 'indicateurs enregistrés illisibles : mis de côté');
}

export async function saveIndicators(indicators: ImportedIndicators | null): Promise<Result<true, 'unavailable'>> {
  try {
    if (indicators) await set(KEY, indicators);
    else await del(KEY);
    return ok(true);
  } catch (e) {
    return fail('unavailable', `enregistrement impossible (${(e as Error).message})`);
  }
}
