// Every file under geodata/ and every reply from an official service is parsed by one of these
// schemas. Types are inferred from them (z.infer), never written twice.
import { z } from './zod';
import { ID_PATTERN, INSEE_PATTERN } from './ids';
import { AXES, type PORTEUR_TYPES, PROVENANCES, STATUSES, VERSION_STATES } from './vocabulary';
const provenanceSchema = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenanceSchema>;

const axisSchema = z.enum(AXES);
export type Axis = z.infer<typeof axisSchema>;

const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

const versionStateSchema = z.enum(VERSION_STATES);

/** Stable, URL-safe identifier shared across perimeter versions. */
const idSchema = z.string().regex(ID_PATTERN, 'identifiant attendu en minuscules, chiffres et tirets (ex. « centre-bourg »)');

/** A date as precise as the source: "2023", "2023-04" or "2023-04-12". */
const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date attendue AAAA, AAAA-MM ou AAAA-MM-JJ');

const inseeSchema = z.string().regex(INSEE_PATTERN, 'code INSEE à 5 caractères attendu');

// --- GeoJSON (RFC 7946, 2D or 3D positions) -------------------------------------------------
const positionSchema = z.tuple([z.number(), z.number()]).rest(z.number());
const ringSchema = z.array(positionSchema);
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) });
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).min(1)).min(1),
});
const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });
export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);

// --- territory.json -------------------------------------------------------------------------
const communeSchema = z.object({
  insee: inseeSchema,
  nom: z.string().min(1),
  populationMunicipale: z.number().int().nonnegative(),
  populationTotale: z.number().int().nonnegative(),
  codesPostaux: z.array(z.string().regex(/^\d{5}$/)),
  petiteVilleDeDemain: z.boolean(),
});
export type Commune = z.infer<typeof communeSchema>;

export const territorySchema = z.object({
  /** How the map names the territory, in the forms French sentences need (`nom`, then `de` for « les
   * communes de… », `dans` for « n'est pas dans… »): the app's title and messages read them here. */
  appellation: z.object({ nom: z.string().min(1), de: z.string().min(1), dans: z.string().min(1) }),
  epci: z.object({
    siren: z.string().regex(/^\d{9}$/),
    nom: z.string(),
    nomCourt: z.string(),
    populationMunicipale: z.number().int(),
    populationTotale: z.number().int(),
  }),
  communes: z.array(communeSchema).min(1),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  center: z.tuple([z.number(), z.number()]),
  /** The PVD town's centre: an ORT's sectors must include it (Cerema, « L'opération de revitalisation de territoire »). */
  villeCentre: z.object({ insee: inseeSchema, centre: z.tuple([z.number(), z.number()]), source: z.string().min(1), provenance: provenanceSchema }),
  source: z.string(),
  /** The vintage of the populations (the package's « millésime »). */
  millesime: z.string().min(1),
  provenance: provenanceSchema,
  /** Where the app reads the action table at each visit, when not `geodata/suivi.csv` beside the page:
   * a CSV published by Grist, LibreOffice/Nextcloud or a spreadsheet service (https). */
  suivi: z.object({ url: z.url({ protocol: /^https$/ }) }).optional(),
});
export type Territory = z.infer<typeof territorySchema>;

// --- perimeter versions ---------------------------------------------------------------------
export const versionMetaSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  /** The act as a French phrase with its article, for sentences (« l'avenant du 8 novembre 2024 »). */
  intitule: z.string().min(1),
  date: partialDateSchema,
  acte: z.string().min(1),
  etat: versionStateSchema,
  /** INSEE codes of the communes that sign the convention for this version (the PVD town at least). */
  communes: z.array(inseeSchema).min(1, 'au moins une commune signataire (code INSEE) attendue'),
  file: z.string().regex(/^[\w./-]+\.geojson$/, 'chemin relatif vers un fichier .geojson attendu'),
  provenance: provenanceSchema,
  /** The same words in English, for the English UI (each optional: without it, the French shows). */
  en: z.object({ label: z.string().min(1).optional(), intitule: z.string().min(1).optional(), acte: z.string().min(1).optional() }).optional(),
});
export type VersionMeta = z.infer<typeof versionMetaSchema>;

/** The version metadata an exported perimeter file carries in its top-level `version` member. */
export const exportedVersionSchema = versionMetaSchema.omit({ file: true });

export const versionIndexSchema = z.object({ versions: z.array(versionMetaSchema).min(1) });

export const sectorPropertiesSchema = z.object({
  id: idSchema,
  nom: z.string().trim().min(1, 'nom du secteur vide'),
  description: z.string(),
  provenance: provenanceSchema,
});
const sectorFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: sectorPropertiesSchema,
  geometry: areaGeometrySchema,
});
export type SectorFeature = z.infer<typeof sectorFeatureSchema>;
export const sectorCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(sectorFeatureSchema),
});
export type SectorCollection = z.infer<typeof sectorCollectionSchema>;

// --- actions.geojson (place and long texts) + suivi.csv (tracking fields, src/data/suivi.ts) ---
/** What actions.geojson holds of an action: where it is and what it is; its tracking fields
 * (title, axis, status and since when, budget, dates, porteur) are the rows of suivi.csv. */
const actionGeoPropertiesSchema = z.object({
  id: idSchema,
  transitionEcologique: z.boolean(),
  description: z.string(),
  provenance: provenanceSchema,
  /** Which parts of a `public` or `seed` record are still the project's guess. */
  indicatif: z.array(z.enum(['localisation', 'statut', 'dates'])),
  source: z.string().nullable(),
});
const actionGeoFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: actionGeoPropertiesSchema,
  geometry: z.discriminatedUnion('type', [pointSchema, polygonSchema]),
});
export const actionGeoCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(actionGeoFeatureSchema),
});
export type ActionGeoCollection = z.infer<typeof actionGeoCollectionSchema>;

/** An action as the app holds it: actions.geojson joined with its row of suivi.csv. */
export interface ActionProperties extends z.infer<typeof actionGeoPropertiesSchema> {
  readonly titre: string;
  readonly axe: Axis;
  readonly statut: Status;
  /** The day (AAAA-MM-JJ) the status took effect; null when the table does not say. */
  readonly depuis: string | null;
  /** Euros; null when unknown (never 0 for unknown). */
  readonly budget: number | null;
  readonly financement: string | null;
  /** As precise as known: AAAA, AAAA-MM or AAAA-MM-JJ. */
  readonly debut: string | null;
  readonly fin: string | null;
  readonly porteur: { readonly type: (typeof PORTEUR_TYPES)[number]; readonly nom: string };
}
export type ActionFeature = Omit<z.infer<typeof actionGeoFeatureSchema>, 'properties'> & { properties: ActionProperties };
export interface ActionCollection {
  readonly type: 'FeatureCollection';
  readonly features: ActionFeature[];
}

// --- programme.json -------------------------------------------------------------------------
export const programmeSchema = z.object({
  nom: z.string(),
  /** The programme's name in English, for the English UI. */
  en: z.object({ nom: z.string().min(1) }).optional(),
  source: z.string(),
  /** Extension ideas raised by the programme (communes that might join), shown to elected officials as scenarios. */
  pistesExtension: z.array(
    z.object({
      id: idSchema,
      label: z.string().min(1),
      communes: z.array(inseeSchema).min(1),
      source: z.string().min(1),
      provenance: provenanceSchema,
      en: z.object({ label: z.string().min(1) }).optional(),
    }),
  ),
  /** Official pages the app points residents to; `id` is how the UI finds each one. */
  liens: z.array(z.object({ id: z.enum(['contact', 'denormandie', 'renovation']), libelle: z.string(), url: z.url({ protocol: /^https$/ }) })),
  etapes: z.array(
    z.object({
      id: idSchema,
      date: partialDateSchema,
      /** A steering committee (COPIL): the programme says what moved since the last one. */
      copil: z.boolean().optional(),
      titre: z.string().min(1),
      resume: z.string(),
      /** The perimeter version this step made (the convention, an avenant), when it made one. */
      version: idSchema.optional(),
      provenance: provenanceSchema,
      en: z.object({ titre: z.string().min(1).optional(), resume: z.string().optional() }).optional(),
    }),
  ),
  bilan2026: z.object({
    date: partialDateSchema,
    chiffres: z.array(
      z.object({
        id: idSchema,
        libelle: z.string(),
        valeur: z.number(),
        unite: z.enum(['EUR', '%', 'nombre']),
        provenance: provenanceSchema,
        en: z.object({ libelle: z.string().min(1) }).optional(),
      }),
    ),
    vigilance: z.array(z.string()),
    /** The points of attention in English, in the same order. */
    en: z.object({ vigilance: z.array(z.string()) }).optional(),
  }),
});
export type Programme = z.infer<typeof programmeSchema>;

// --- official commune contours (geo.api.gouv.fr, or a file in the same shape) ---------------
const communeContourSchema = z.object({
  type: z.literal('Feature'),
  // geo.api.gouv.fr adds `centre` (a Point) when asked for it (fields=centre).
  properties: z.looseObject({ code: inseeSchema, nom: z.string(), centre: pointSchema.optional() }),
  geometry: areaGeometrySchema,
});
export type CommuneContour = z.infer<typeof communeContourSchema>;
export const communeContoursSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(communeContourSchema),
});
export type CommuneContours = z.infer<typeof communeContoursSchema>;
