// The shape of a draft as saved in this browser, checked with zod when read back. Its own module
// (and zod with it) is loaded only when the browser holds drafts to read: a resident's visit,
// with nothing saved, never fetches the validators.
import { z } from '../data/zod';
import { areaGeometrySchema, sectorPropertiesSchema, versionMetaSchema } from '../data/schemas';

// A draft may hold work in progress (a sector not named yet): the name may be empty here, and the
// live validation says so; everything else has the shape of a published version.
const draftSectorsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), properties: sectorPropertiesSchema.extend({ nom: z.string() }), geometry: areaGeometrySchema })),
});
// Drafts saved before versions listed their signatory communes have none: they get the version in force's.
const savedMetaSchema = versionMetaSchema.extend({ communes: versionMetaSchema.shape.communes.optional() });
// `uid`: set when the draft was made (absent from drafts saved before), tells apart two drafts that
// two tabs gave the same id; `unexported`: changed since its last export (only this browser holds it).
export const savedDraftSchema = z.object({ meta: savedMetaSchema, sectors: draftSectorsSchema, uid: z.string().optional(), unexported: z.boolean().optional() });
export type DraftSectors = z.infer<typeof draftSectorsSchema>;
