// The light contours check (no zod, first screen and CLI) and the zod schema accept and refuse the same inputs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { communeContoursSchema } from '../../src/data/schemas';
import { communeContoursCheck } from '../../src/data/contours-check';
import { SHARED_COMMUNES } from './helpers';

const real = () => JSON.parse(readFileSync(SHARED_COMMUNES, 'utf8'));
const point = { type: 'Feature', properties: { code: '05006', nom: 'X' }, geometry: { type: 'Point', coordinates: [6.5, 44.8] } };

describe('communeContoursCheck', () => {
  it('accepts the 163 real contours of Hautes-Alpes, as zod does, keeping the input itself', () => {
    const raw = real();
    const light = communeContoursCheck.safeParse(raw);
    expect(light.success).toBe(true);
    expect(communeContoursSchema.safeParse(raw).success).toBe(true);
    expect(light.success && light.data).toBe(raw);
  });

  it.each([
    ['an HTML page', '<html>'],
    ['a Feature instead of a collection', real().features[0]],
    [
      'a feature without code',
      (() => {
        const r = real();
        delete r.features[3].properties.code;
        return r;
      })(),
    ],
    [
      'a code that is not INSEE',
      (() => {
        const r = real();
        r.features[3].properties.code = '5006';
        return r;
      })(),
    ],
    ['a point geometry', { type: 'FeatureCollection', features: [point] }],
    ['a ring of strings', { type: 'FeatureCollection', features: [{ ...point, geometry: { type: 'Polygon', coordinates: [[['6', '44']]] } }] }],
    ['an empty multipolygon', { type: 'FeatureCollection', features: [{ ...point, geometry: { type: 'MultiPolygon', coordinates: [] } }] }],
    [
      'a centre that is not a point',
      (() => {
        const r = real();
        r.features[0].properties.centre = { type: 'Point', coordinates: ['a'] };
        return r;
      })(),
    ],
  ])('refuses %s, as zod does', (_label, raw) => {
    const light = communeContoursCheck.safeParse(raw);
    expect(light.success).toBe(false);
    expect(communeContoursSchema.safeParse(raw).success).toBe(false);
    expect(light.success ? null : light.error.issues[0]!.message).toMatch(/attendu/);
  });
});
