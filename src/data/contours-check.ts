// A hand-rolled check of commune contours (geo.api.gouv.fr's shape) that keeps the input's own
// arrays: the same rules as communeContoursSchema (schemas.ts) without loading zod on the first
// screen or in the attribute CLI, and without zod's copies of every ring (a megabyte of
// coordinates for one département). The unit tests hold both to the same answers.
import type { CommuneContours } from './schemas';
import { INSEE_PATTERN } from './ids';

export interface ContoursIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
export type ContoursCheck = { readonly success: true; readonly data: CommuneContours } | { readonly success: false; readonly error: { readonly issues: readonly ContoursIssue[] } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ringsProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'anneaux attendus';
  for (const ring of rings) {
    if (!Array.isArray(ring)) return 'anneau attendu';
    for (const p of ring) if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number')) return 'position [longitude, latitude] attendue';
  }
  return null;
}

function geometryProblem(g: unknown): [string, string] | null {
  if (!isObject(g)) return ['geometry', 'géométrie attendue'];
  if (g.type === 'Polygon') {
    const p = ringsProblem(g.coordinates);
    return p ? ['coordinates', p] : null;
  }
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return ['coordinates', 'polygones attendus'];
    for (const poly of g.coordinates) {
      const p = ringsProblem(poly);
      if (p) return ['coordinates', p];
    }
    return null;
  }
  return ['type', 'Polygon ou MultiPolygon attendu'];
}

function problem(raw: unknown): ContoursIssue | null {
  if (!isObject(raw) || raw.type !== 'FeatureCollection') return { path: ['type'], message: 'FeatureCollection attendue' };
  if (!Array.isArray(raw.features)) return { path: ['features'], message: 'liste d’éléments attendue' };
  for (const [i, f] of raw.features.entries()) {
    if (!isObject(f) || f.type !== 'Feature') return { path: ['features', i, 'type'], message: 'Feature attendue' };
    const props = f.properties;
    if (!isObject(props)) return { path: ['features', i, 'properties'], message: 'propriétés attendues' };
    if (typeof props.code !== 'string' || !INSEE_PATTERN.test(props.code)) return { path: ['features', i, 'properties', 'code'], message: 'code INSEE à 5 caractères attendu' };
    if (typeof props.nom !== 'string') return { path: ['features', i, 'properties', 'nom'], message: 'nom attendu' };
    if (props.centre !== undefined) {
      const c = props.centre;
      if (!isObject(c) || c.type !== 'Point' || !Array.isArray(c.coordinates) || c.coordinates.length < 2 || !c.coordinates.every((n) => typeof n === 'number'))
        return { path: ['features', i, 'properties', 'centre'], message: 'point attendu' };
    }
    const g = geometryProblem(f.geometry);
    if (g) return { path: ['features', i, 'geometry', g[0]], message: g[1] };
  }
  return null;
}

/** Same contract as a zod schema's safeParse (fetchJson takes either). */
export const communeContoursCheck = {
  safeParse(raw: unknown): ContoursCheck {
    const issue = problem(raw);
    return issue ? { success: false, error: { issues: [issue] } } : { success: true, data: raw as CommuneContours };
  },
};
