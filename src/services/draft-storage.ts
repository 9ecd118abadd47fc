// Drafts live in the browser's IndexedDB (idb-keyval), checked with zod when read back: a draft
// saved by an older version of the app, or damaged, is set aside, never silently dropped.
import { get, set } from 'idb-keyval';
import { z } from '../data/zod';
import { areaGeometrySchema, sectorPropertiesSchema, versionMetaSchema, type VersionMeta } from '../data/schemas';
import { fail, ok, type Result } from '../data/result';

const KEY = 'carte-ort.drafts.v1';
// A draft may hold work in progress (a sector not named yet): the name may be empty here, and the
// live validation says so; everything else has the shape of a published version.
const draftSectorsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), properties: sectorPropertiesSchema.extend({ nom: z.string() }), geometry: areaGeometrySchema })),
});
// Drafts saved before versions listed their signatory communes have none: they get the version in force's.
const savedMetaSchema = versionMetaSchema.extend({ communes: versionMetaSchema.shape.communes.optional() });
export const savedDraftsSchema = z.array(z.object({ meta: savedMetaSchema, sectors: draftSectorsSchema }));
export type SavedDrafts = { meta: VersionMeta; sectors: z.infer<typeof draftSectorsSchema> }[];

/** The page waits for the drafts before its first render: never longer than this. */
const READ_TIMEOUT_MS = 3_000;

/** @param communes the signatories given to drafts saved without theirs (the version in force's) */
export async function loadDrafts(communes: readonly string[]): Promise<Result<SavedDrafts, 'unavailable' | 'unreadable'>> {
  let raw: unknown;
  try {
    raw = await Promise.race([
      get(KEY),
      new Promise((_, reject) => setTimeout(() => reject(new Error('le navigateur n’a pas répondu à temps')), READ_TIMEOUT_MS)),
    ]);
  } catch (e) {
    return fail('unavailable', `stockage du navigateur indisponible (${(e as Error).message})`);
  }
  if (raw === undefined) return ok([]);
  const parsed = savedDraftsSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data.map((d) => ({ ...d, meta: { ...d.meta, communes: d.meta.communes ?? [...communes] } })));
  // Keep the unreadable copy aside so that nothing is lost, and start afresh.
  await set(`${KEY}.unreadable.${Date.now()}`, raw).catch(() => undefined);
  return fail('unreadable', 'brouillons enregistrés illisibles : mis de côté');
}

export async function saveDrafts(drafts: SavedDrafts): Promise<Result<true, 'unavailable'>> {
  try {
    await set(KEY, drafts);
    return ok(true);
  } catch (e) {
    return fail('unavailable', `enregistrement impossible (${(e as Error).message})`);
  }
}
