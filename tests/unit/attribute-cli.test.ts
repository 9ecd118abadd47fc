import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTRIBUTE_NODE_FLAGS, ROOT, SHARED_COMMUNES, buildCliOnce, fixture, golden } from './helpers';

// The compiled CLI, run as `npm run attribute` runs it (package.json gives the node flags).
const cli = (...args: string[]) => spawnSync(process.execPath, [...ATTRIBUTE_NODE_FLAGS, 'dist-cli/attribute.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
const attribute = (...args: string[]) => cli('--communes', SHARED_COMMUNES, ...args);

const tmpFile = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'carte-ort-')), name);
  writeFileSync(path, text);
  return path;
};

beforeAll(buildCliOnce, 120_000);

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
    ['a CSV without lat/lon', 'a.csv', 'nom,longitude,latitude\ngare,6.5561,44.7911\n', /colonnes « lat » et « lon » attendues, ou « x » et « y » en Lambert-93/],
    ['x/y columns in degrees', 'a2.csv', 'nom,x,y\ngare,6.5561,44.7911\n', /ligne 2, x\/y hors Lambert-93/],
    ['a CSV with unreadable numbers', 'b.csv', 'nom,lat,lon\ngare,quarante,6.5\n', /ligne 2, lat\/lon illisibles/],
    [
      'Lambert-93 coordinates',
      'c.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [950000, 6420000] } }] }),
      /hors WGS84/,
    ],
    [
      'a feature without geometry',
      'd.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x' }, geometry: null }] }),
      /élément n° 1 \(x\) sans géométrie/,
    ],
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
    const deep = attribute(
      tmpFile(
        'deep.geojson',
        `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}},"geometry":{"type":"Point","coordinates":[6.5561,44.7911]}}]}`,
      ),
    );
    expect([deep.status, deep.stderr]).toEqual([1, expect.stringMatching(/^attribute : .*trop imbriquées/)]);
    noStackTrace(deep.stderr);
    const folder = attribute(join(ROOT, 'tests'));
    expect([folder.status, folder.stderr.trim()]).toEqual([1, `attribute : ${join(ROOT, 'tests')} n'est pas un fichier (un dossier ?).`]);
    const typo = cli('--commune', SHARED_COMMUNES, fixture('in/places.csv'));
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^attribute : Unknown option '--commune'\nusage : npm run -s attribute/);
    const help = cli('--help');
    expect([help.status, help.stdout.split('\n')[0]]).toEqual([
      0,
      'usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] [--inside-only] <entrée.csv|entrée.geojson|entrée.geojsonl>',
    ]);
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
    writeFileSync(path, Buffer.from("nom,lat,lon\nGare de L'Argenti\xe8re,44.7911,6.5561\n", 'latin1'));
    const r = attribute(path);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^Gare de L'Argentière,44\.7911,6\.5561,05006,/);
    expect(r.stderr).toContain('lu en Windows-1252');
  });

  it('neutralises cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    const r = attribute(tmpFile('formule.csv', 'nom,lat,lon,solde\n"=HYPERLINK(""http://x"",""clic"")",44.7911,6.5561,-12.5\n'));
    expect(r.stdout.split('\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""clic"")",44.7911,6.5561,-12.5,05006,Argentière-la-Bessée,gare,2024-avenant`);
  });

  // A BAN address file as published (adresses-05.csv): `;`, lon/lat and Lambert-93 x/y columns.
  const BAN_HEADER =
    'id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles';
  const banRow = (id: string, voie: string, x: string, y: string, lon: string, lat: string) =>
    `${id};;1;;${voie};05120;05006;L'Argentière-la-Bessée;;;${x};${y};${lon};${lat};entrée;;;L'ARGENTIERE LA BESSEE;${voie.toUpperCase()};commune;inconnue;non;05006000AB0001`;
  // The station (in the 2024 perimeter), the town centre (in it), Vallouise (outside it); x/y by proj4.
  const BAN = `${[
    BAN_HEADER,
    banRow('05006_0001_00001', 'Avenue de la Gare', '981168.31', '6416549.13', '6.556100', '44.791100'),
    banRow('05006_0002_00002', 'Rue du Centre', '981455.43', '6417029.05', '6.560000', '44.795300'),
    banRow('05101_0003_00003', 'Route de Vallouise', '975518.15', '6422400.81', '6.488000', '44.846000'),
  ].join('\n')}\n`;

  it('reads a BAN file as published (`;`), writes `;`, and --inside-only keeps the addresses in the perimeter', () => {
    const all = attribute(tmpFile('adresses-05.csv', BAN));
    expect([all.status, all.stderr]).toEqual([0, '']);
    const lines = all.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${BAN_HEADER};commune_insee;commune_nom;sector_id;version`);
    expect(lines.slice(1).map((l) => l.split(';').slice(-4).join(';'))).toEqual([
      '05006;Argentière-la-Bessée;gare;2024-avenant',
      '05006;Argentière-la-Bessée;centre-bourg;2024-avenant',
      '05101;Vallouise-Pelvoux;;2024-avenant',
    ]);
    const mailing = attribute('--inside-only', tmpFile('adresses-05.csv', BAN));
    expect(
      mailing.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(';')[4]),
    ).toEqual(['nom_voie', 'Avenue de la Gare', 'Rue du Centre']);
  });

  it('reads Lambert-93 x/y when there are no lon/lat columns, with the same answers', () => {
    const xyOnly = BAN.split('\n')
      .map((l) =>
        l
          .split(';')
          .filter((_, i) => i !== 12 && i !== 13)
          .join(';'),
      )
      .join('\n');
    const r = attribute(tmpFile('adresses-l93.csv', xyOnly));
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(';').slice(-4, -1).join(';')),
    ).toEqual(['05006;Argentière-la-Bessée;gare', '05006;Argentière-la-Bessée;centre-bourg', '05101;Vallouise-Pelvoux;']);
  });

  it('streams files larger than its reading chunk: quoted cells with newlines across chunks, same rows as a whole-file parse', () => {
    const rows = ['nom,note,lat,lon'];
    for (let i = 0; i < 3000; i++) rows.push(`lieu ${i},"ligne un, ""citée""\nligne deux ${'x'.repeat(i % 50)}",44.7911,6.5561`);
    const r = attribute(tmpFile('multi.csv', `${rows.join('\n')}\n`));
    expect(r.status).toBe(0);
    const parsed = Papa.parse<string[]>(r.stdout, { skipEmptyLines: true }).data;
    expect(parsed.length).toBe(3001);
    expect(parsed[2999]).toEqual([
      'lieu 2998',
      `ligne un, "citée"\nligne deux ${'x'.repeat(2998 % 50)}`,
      '44.7911',
      '6.5561',
      '05006',
      'Argentière-la-Bessée',
      'gare',
      '2024-avenant',
    ]);
  });

  it('streams a large FeatureCollection (strings with brackets and escaped quotes) to the same output as reading it whole, other members kept', () => {
    const features = Array.from({ length: 4000 }, (_, i) => ({
      type: 'Feature',
      properties: { id: `p${i}`, note: `a "quoted" ] } [ { text \\ ${i}` },
      geometry: { type: 'Point', coordinates: [6.5561, 44.7911 + (i % 2) * 0.1] },
    }));
    const input = { type: 'FeatureCollection', name: 'adresses', features, bbox: [6, 44, 7, 45] };
    const r = attribute(tmpFile('big.geojson', JSON.stringify(input, null, 1)));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['type', 'name', 'features', 'bbox']);
    expect(out.features.length).toBe(4000);
    expect(out.features[1].properties).toEqual({ ...features[1]!.properties, commune_insee: '05107', commune_nom: 'Puy-Saint-André', sector_id: null, version: '2024-avenant' });
    expect(out.features[0].properties.sector_id).toBe('gare');
  });

  it('reads a GeoJSON text sequence (RFC 8142, one feature a line) and writes one back; progress goes to stderr', () => {
    const seq = `${[
      '\x1e{"type":"Feature","properties":{"nom":"Gare"},"geometry":{"type":"Point","coordinates":[6.5561,44.7911]}}',
      '\x1e{"type":"Feature","properties":{"nom":"Vallouise"},"geometry":{"type":"Point","coordinates":[6.488,44.846]}}',
    ].join('\n')}\n`;
    const r = spawnSync(process.execPath, [...ATTRIBUTE_NODE_FLAGS, 'dist-cli/attribute.mjs', '--communes', SHARED_COMMUNES, tmpFile('lieux.geojsonl', seq)], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ATTRIBUTE_PROGRESS_MS: '0' },
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.every((l) => l.startsWith('\x1e'))).toBe(true);
    expect(lines.map((l) => JSON.parse(l.slice(1)).properties)).toEqual([
      { nom: 'Gare', commune_insee: '05006', commune_nom: 'Argentière-la-Bessée', sector_id: 'gare', version: '2024-avenant' },
      { nom: 'Vallouise', commune_insee: '05101', commune_nom: 'Vallouise-Pelvoux', sector_id: null, version: '2024-avenant' },
    ]);
    expect(r.stderr).toMatch(/^attribute : 2 éléments \(100 % de .*lieux\.geojsonl\)$/m);
  });
});
