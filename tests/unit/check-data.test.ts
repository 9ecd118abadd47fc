import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkGeoData } from '../../src/cli/check-geodata';
import { formatDataProblem } from '../../src/i18n/problems';
import { ringProblems } from '../../src/geo/ring-problems';
import { sectorOverlaps } from '../../src/geo/sector-overlaps';
import { ROOT, projectFiles } from './helpers';
import { square } from '../shapefiles';

type Json = Record<string, any>;
/** The project's files with one of them changed, to check one rule at a time. */
function withChange(file: string, change: (json: Json) => void): Record<string, string> {
  const files = projectFiles();
  const json = JSON.parse(files[file]!);
  change(json);
  return { ...files, [file]: JSON.stringify(json) };
}
/** The project's files with one cell of the action table (suivi.csv) changed; line 1 is the header. */
function withCell(line: number, column: string, value: string): Record<string, string> {
  const files = projectFiles();
  const rows = files['suivi.csv']!.split('\r\n').map((r) => r.split(';'));
  rows[line - 1]![rows[0]!.findIndex((h) => h.replace('\ufeff', '') === column)] = value;
  return { ...files, 'suivi.csv': rows.map((r) => r.join(';')).join('\r\n') };
}
const messages = (files: Record<string, string>) => checkGeoData(files).map((p) => formatDataProblem(p));
const SECTORS_2024 = 'perimetres/2024-avenant.geojson';

describe('checkGeoData', () => {
  it('accepts the project data', () => {
    expect(checkGeoData(projectFiles())).toEqual([]);
  });

  it('rejects an unknown status in the action table, naming file, line, column and value', () => {
    const out = messages(withCell(2, 'statut', 'Terminée'));
    expect(out).toEqual(['suivi.csv : ligne 2, colonne « statut » : « Terminée » ; attendu : En étude, Programmée, En cours ou Réalisée']);
  });

  it('rejects an unknown axis in the action table', () => {
    expect(messages(withCell(4, 'axe', 'culture')).join('\n')).toMatch(/suivi\.csv : ligne 4, colonne « axe » : « culture »/);
  });

  it('checks both sides of the join: an action without a row, a row without an action', () => {
    const files = projectFiles();
    const geo = JSON.parse(files['actions.geojson']!);
    geo.features[0].properties.id = 'maison-planche-bis';
    expect(messages({ ...files, 'actions.geojson': JSON.stringify(geo) })).toEqual([
      'suivi.csv : ligne 2 : « maison-planche » n’est pas une action de actions.geojson (son emplacement doit d’abord y être ajouté)',
      'suivi.csv : l’action « maison-planche-bis » de actions.geojson n’a pas de ligne dans le tableau',
    ]);
  });

  it('rejects duplicate ids', () => {
    const out = messages(withChange(SECTORS_2024, (j) => (j.features[1].properties.id = 'centre-bourg')));
    expect(out.some((m) => m.includes('[centre-bourg]') && m.includes('en double'))).toBe(true);
  });

  it('rejects a self-intersecting ring', () => {
    const out = messages(
      withChange(
        SECTORS_2024,
        (j) =>
          (j.features[2].geometry.coordinates = [
            [
              [6.553, 44.789],
              [6.559, 44.7925],
              [6.559, 44.789],
              [6.553, 44.7925],
              [6.553, 44.789],
            ],
          ]),
      ),
    );
    expect(out.join('\n')).toMatch(/2024-avenant\.geojson \[gare\] : contour extérieur se recoupe lui-même/);
  });

  it('rejects an unclosed ring and a clockwise exterior ring', () => {
    const unclosed = messages(withChange(SECTORS_2024, (j) => j.features[2].geometry.coordinates[0].pop()));
    expect(unclosed.join('\n')).toMatch(/\[gare\] : contour extérieur non fermé/);
    const clockwise = messages(withChange(SECTORS_2024, (j) => j.features[2].geometry.coordinates[0].reverse()));
    expect(clockwise.join('\n')).toMatch(/\[gare\] : contour extérieur tourne dans le sens horaire/);
  });

  it('rejects coordinates outside the EPCI (swapped lat/lon)', () => {
    const out = messages(withChange('actions.geojson', (j) => (j.features[0].geometry.coordinates = [44.7962, 6.5606])));
    expect(out.join('\n')).toMatch(/\[maison-planche\] : 1 sommet hors de l'emprise de l'EPCI/);
  });

  it('rejects sectors of one version overlapping each other', () => {
    const out = messages(withChange(SECTORS_2024, (j) => (j.features[2].geometry = j.features[0].geometry)));
    expect(out.join('\n')).toMatch(/\[centre-bourg\] : chevauche le secteur « gare »/);
  });

  it('reports a missing file and unreadable JSON', () => {
    const files = projectFiles();
    delete files['programme.json'];
    files['actions.geojson'] = '{ "type": "FeatureCollection", ';
    const out = messages(files);
    expect(out).toContain('programme.json : fichier manquant');
    expect(out.join('\n')).toMatch(/actions\.geojson : JSON illisible/);
  });
});

describe('checkGeoData: what the first check let through', () => {
  it('rejects a sector collapsed to a line and a version without sectors', () => {
    const line = messages(
      withChange(
        SECTORS_2024,
        (j) =>
          (j.features[1].geometry.coordinates = [
            [
              [6.55, 44.79],
              [6.56, 44.79],
              [6.57, 44.79],
              [6.55, 44.79],
            ],
          ]),
      ),
    );
    expect(line).toContain('perimetres/2024-avenant.geojson [friches-industrielles] : le secteur n’a pas de surface (contour réduit à une ligne ou à un point)');
    const empty = messages(withChange('perimetres/2023-convention.geojson', (j) => (j.features = [])));
    expect(empty).toContain('perimetres/2023-convention.geojson : la version n’a aucun secteur');
  });

  it('rejects an unlisted perimeter file that reuses a listed version id', () => {
    const files = projectFiles();
    const copy = JSON.parse(files[SECTORS_2024]!);
    copy.version = { id: '2024-avenant', label: 'Copie', intitule: 'la copie', date: '2026', acte: 'copie', etat: 'projet', communes: ['05006'], provenance: 'indicatif' };
    expect(messages({ ...files, 'perimetres/copie.geojson': JSON.stringify(copy) })).toContain(
      'perimetres/copie.geojson : l’identifiant de version « 2024-avenant » est déjà celui d’une autre version',
    );
  });
});

describe('ring and overlap rules', () => {
  it('wants holes clockwise', () => {
    const holeCcw = { type: 'Polygon' as const, coordinates: [square(0, 0, 10), square(2, 2, 2)] };
    expect(ringProblems(holeCcw).map((p) => p.code)).toEqual(['wrong-winding']);
    const holeCw = { type: 'Polygon' as const, coordinates: [square(0, 0, 10), [...square(2, 2, 2)].reverse()] };
    expect(ringProblems(holeCw)).toEqual([]);
  });

  it('allows sectors sharing an edge, not an area', () => {
    const a = { id: 'a', geometry: { type: 'Polygon' as const, coordinates: [square(6.55, 44.79, 0.001)] } };
    const b = { id: 'b', geometry: { type: 'Polygon' as const, coordinates: [square(6.551, 44.79, 0.001)] } };
    const c = { id: 'c', geometry: { type: 'Polygon' as const, coordinates: [square(6.5505, 44.79, 0.001)] } };
    expect(sectorOverlaps([a, b])).toEqual([]);
    expect(sectorOverlaps([a, c])!.map((o) => [o.a, o.b])).toEqual([['a', 'c']]);
  });
});

describe('npm run check:data (CLI)', () => {
  const run = (dir?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', ...(dir ? [dir] : [])], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on geodata/', () => {
    const r = run();
    expect(r.stdout).toContain('valide');
    expect(r.status).toBe(0);
  });

  it('exits 1 with French messages on a broken folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carte-ort-'));
    const files = withCell(5, 'statut', 'abandonnee');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 problème dans');
    expect(r.stderr).toContain('suivi.csv : ligne 5, colonne « statut » : « abandonnee »');
  });

  it('exits 1 when the folder does not exist', () => {
    const r = run('pas-de-dossier');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("n'existe pas");
  });

  it('names a file that is not UTF-8, accepts a byte-order mark, and never prints a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carte-ort-'));
    for (const [name, content] of Object.entries(projectFiles())) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    writeFileSync(join(dir, 'programme.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(projectFiles()['programme.json']!)]));
    const bom = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    expect([bom.status, bom.stdout.trim()]).toEqual([0, `check:data : ${dir} est valide.`]);
    writeFileSync(join(dir, 'programme.json'), Buffer.from(projectFiles()['programme.json']!.replace('Écrins', '\u00c9crins'), 'latin1'));
    const latin = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(latin.status).toBe(1);
    expect(latin.stderr).toContain('- programme.json : fichier qui n’est pas en UTF-8');
    expect(latin.stderr).not.toMatch(/\n\s+at /);
    const typo = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', '--commune', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(typo.status).toBe(2);
  });
});
