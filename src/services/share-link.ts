// A draft in a link: its words and sectors as JSON, compressed (the browser's CompressionStream,
// deflate-raw), in base64url, in the link's fragment (`#brouillon=…`: never sent to a server, so
// no server limit on its length). Opened anywhere, read back and checked like a saved draft.
import { z } from '../data/zod';
import { areaGeometrySchema, sectorPropertiesSchema } from '../data/schemas';
import { INSEE_PATTERN } from '../data/ids';
import { fail, ok, type Result } from '../data/result';
import { MAX_SHARE_LENGTH } from '../data/share-link';

/** What the link carries: the draft's name and signatory communes, and its sectors (6 decimals: 0.1 m). */
const sharedSchema = z.object({
  v: z.literal(1),
  label: z.string().min(1),
  communes: z.array(z.string().regex(INSEE_PATTERN)).min(1),
  sectors: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties: sectorPropertiesSchema.extend({ nom: z.string() }), geometry: areaGeometrySchema })).min(1),
  }),
});
export type SharedDraft = z.infer<typeof sharedSchema>;

export type ShareFailure = 'too-large' | 'unsupported';
export type OpenFailure = 'not-base64' | 'truncated' | 'not-json' | 'not-a-draft' | 'unsupported';

const round = (value: unknown): unknown => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : Array.isArray(value) ? value.map(round) : value);

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}
const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
/** The bytes of base64url text, or null when its length cannot be base64's (a cut link). */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The fragment's value for a draft (`#brouillon=` + it), or why it cannot be one. */
export async function encodeSharedDraft(draft: Omit<SharedDraft, 'v'>): Promise<Result<string, ShareFailure>> {
  if (typeof CompressionStream !== 'function') return fail('unsupported', 'navigateur sans CompressionStream');
  const json = JSON.stringify({
    v: 1,
    label: draft.label,
    communes: draft.communes,
    sectors: {
      type: 'FeatureCollection',
      features: draft.sectors.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: { ...f.geometry, coordinates: round(f.geometry.coordinates) } })),
    },
  });
  const text = toBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  return text.length > MAX_SHARE_LENGTH ? fail('too-large', String(text.length)) : ok(text);
}

/** The draft of a link's `brouillon=` value, or what is wrong with it (each said in words by the UI). */
export async function decodeSharedDraft(text: string): Promise<Result<SharedDraft, OpenFailure>> {
  if (typeof DecompressionStream !== 'function') return fail('unsupported', 'navigateur sans DecompressionStream');
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return fail('not-base64', 'caractères hors base64url');
  const bytes = fromBase64Url(text);
  if (!bytes) return fail('truncated', 'longueur impossible en base64');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw')));
  } catch (e) {
    return fail('truncated', (e as Error).message);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return fail('not-json', (e as Error).message);
  }
  const parsed = sharedSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('not-a-draft', parsed.error.issues[0]?.message ?? '');
}
