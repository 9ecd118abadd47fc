import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED_COMMUNES, fixture, golden } from './helpers';

const attribute = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/attribute.ts', '--communes', SHARED_COMMUNES, ...args], { cwd: ROOT, encoding: 'utf8' });


const tmpFile = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'carte-ort-')), name);
  writeFileSync(path, text);
  return path;
};

describe('npm run attribute', () => {
  it('adds commune and sector to CSV rows, keeping order and columns', () => {
    const r = attribute(fixture('in/places.csv'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('nom,lat,lon,commune_insee,commune_nom,sector_id,version');
    expect(lines[1]).toBe("Gare de L'Argentière-les Écrins,44.7911,6.5561,05006,Argentière-la-Bessée,gare,2024-avenant");
    expect(lines[4]).toBe('"Briançon, hors EPCI",44.8986,6.6435,05023,Briançon,,2024-avenant');
    golden('places.attributed.csv', r.stdout);
  });

  it('takes --version: the station is outside the 2023 perimeter', () => {
    const r = attribute('--version', '2023-convention', fixture('in/places.csv'));
    expect(r.stdout.split('\n')[1]).toBe("Gare de L'Argentière-les Écrins,44.7911,6.5561,05006,Argentière-la-Bessée,,2023-convention");
  });

  it('adds the same fields to GeoJSON features, points and polygons', () => {
    const r = attribute(fixture('in/places.geojson'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.features.map((f: any) => [f.properties.nom, f.properties.commune_insee, f.properties.sector_id])).toEqual([
      ['Gare', '05006', 'gare'],
      ['Îlot du centre', '05006', 'centre-bourg'],
      ['La Roche-de-Rame', '05122', null],
    ]);
    golden('places.attributed.geojson', r.stdout);
  });

  it.each([
    ['a CSV without lat/lon', 'a.csv', 'nom,x,y\ngare,6.5561,44.7911\n', /colonnes « lat » et « lon » attendues/],
    ['a CSV with unreadable numbers', 'b.csv', 'nom,lat,lon\ngare,quarante,6.5\n', /ligne 2, lat\/lon illisibles/],
    ['Lambert-93 coordinates', 'c.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [950000, 6420000] } }] }), /hors WGS84/],
    ['a feature without geometry', 'd.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x' }, geometry: null }] }), /élément n° 1 \(x\) sans géométrie/],
    ['broken JSON', 'e.geojson', '{"type": "Feat', /JSON illisible/],
  ])('rejects %s with a French message and exit 1', (_label, name, text, message) => {
    const r = attribute(tmpFile(name, text));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('rejects a missing file and an unknown version', () => {
    expect(attribute('nope.csv').stderr).toContain('fichier introuvable : nope.csv');
    const r = attribute('--version', '2031-projet', fixture('in/places.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('version inconnue : 2031-projet');
  });
});
