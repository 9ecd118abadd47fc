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

  const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

  it('never prints a stack trace: a contours file that is HTML, a property nested too deep, a folder, a mistyped option', () => {
    const html = attribute('--communes', tmpFile('contours.html', '<!doctype html><title>Erreur 502</title>'), fixture('in/places.csv'));
    expect([html.status, html.stderr.trim()]).toEqual([1, expect.stringMatching(/^attribute : .*contours\.html : JSON illisible/)]);
    noStackTrace(html.stderr);
    const deep = attribute(tmpFile('deep.geojson', `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}},"geometry":{"type":"Point","coordinates":[6.5561,44.7911]}}]}`));
    expect([deep.status, deep.stderr]).toEqual([1, expect.stringMatching(/^attribute : .*trop imbriquées/)]);
    noStackTrace(deep.stderr);
    const folder = attribute(join(ROOT, 'tests'));
    expect([folder.status, folder.stderr.trim()]).toEqual([1, `attribute : ${join(ROOT, 'tests')} n'est pas un fichier (un dossier ?).`]);
    const typo = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/attribute.ts', '--commune', SHARED_COMMUNES, fixture('in/places.csv')], { cwd: ROOT, encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^attribute : Unknown option '--commune'\nusage : npm run -s attribute/);
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/attribute.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect([help.status, help.stdout.split('\n')[0]]).toEqual([0, 'usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] <entrée.geojson|entrée.csv>']);
  });

  it('re-attributing its own output changes nothing, in CSV and in GeoJSON', () => {
    const once = attribute(fixture('in/places.csv')).stdout;
    const twice = attribute(tmpFile('once.csv', once)).stdout;
    expect(twice).toBe(once);
    const onceGeo = attribute(fixture('in/places.geojson')).stdout;
    expect(attribute(tmpFile('once.geojson', onceGeo)).stdout).toBe(onceGeo);
  });

  it('names a row without coordinates and swapped coordinates instead of reading them as 0 or elsewhere', () => {
    const empty = attribute(tmpFile('vide.csv', 'nom,lat,lon\ngare,44.7911,6.5561\nsans lieu,,6.5\n'));
    expect([empty.status, empty.stderr.trim()]).toEqual([1, expect.stringMatching(/ligne 3, coordonnées manquantes/)]);
    const swapped = attribute(tmpFile('inverse.csv', 'nom,lat,lon\ngare,6.5561,44.7911\n'));
    expect([swapped.status, swapped.stderr]).toEqual([1, expect.stringMatching(/ligne 2, latitude et longitude semblent inversées/)]);
  });

  it('reads a Windows-1252 file (Excel’s French export) and says so', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'carte-ort-')), 'latin.csv');
    writeFileSync(path, Buffer.from('nom,lat,lon\nGare de L\'Argenti\xe8re,44.7911,6.5561\n', 'latin1'));
    const r = attribute(path);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^Gare de L'Argentière,44\.7911,6\.5561,05006,/);
    expect(r.stderr).toContain('lu en Windows-1252');
  });

  it('neutralises cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    const r = attribute(tmpFile('formule.csv', 'nom,lat,lon,solde\n"=HYPERLINK(""http://x"",""clic"")",44.7911,6.5561,-12.5\n'));
    expect(r.stdout.split('\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""clic"")",44.7911,6.5561,-12.5,05006,Argentière-la-Bessée,gare,2024-avenant`);
  });
});
