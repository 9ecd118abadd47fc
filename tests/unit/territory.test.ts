// Any Petite Ville de Demain: the territory is data. Nothing in src/ (code, catalogues, styles) names
// a commune, an INSEE code or the SIREN of a territory; `npm run geodata:new` scaffolds a geodata
// folder for any EPCI, which check:data accepts (the second territory of the tests was made so).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ROOT, SHARED_COMMUNES } from './helpers';

const TERRITORIES = ['geodata', 'tests/fixtures/guillestrois'];
const GUILLESTROIS = resolve(ROOT, 'tests/fixtures/guillestrois');

// Accents and apostrophes do not hide a name; case does not either for codes. Names keep their
// capitals (a variable `vars` is not the commune of Vars).
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|css|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What names a territory: its communes' names and INSEE codes, its EPCI's SIREN and names. */
function namesOf(dir: string): { term: string; pattern: RegExp }[] {
  const t = JSON.parse(readFileSync(resolve(ROOT, dir, 'territory.json'), 'utf8'));
  const words = [t.appellation.nom, t.epci.nom, t.epci.nomCourt, ...t.communes.map((c: { nom: string }) => c.nom)];
  const codes = [t.epci.siren, ...t.communes.map((c: { insee: string }) => c.insee)];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    ...[...new Set(words)].map((w) => ({ term: w, pattern: new RegExp(`(^|[^A-Za-z0-9])${escape(plain(w))}($|[^A-Za-z0-9])`) })),
    ...codes.map((c) => ({ term: c, pattern: new RegExp(`(^|[^0-9])${c}($|[^0-9])`) })),
  ];
}

const geodataNew = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/geodata-new.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the territory is data, not code', () => {
  it('src/ and index.html name no commune, INSEE code or SIREN of either territory', () => {
    const names = TERRITORIES.flatMap(namesOf);
    expect(names.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of [...filesUnder(resolve(ROOT, 'src')), resolve(ROOT, 'index.html')]) {
      const text = plain(readFileSync(file, 'utf8'));
      for (const { term, pattern } of names) if (pattern.test(text)) found.push(`${relative(ROOT, file)}: ${term}`);
    }
    expect(found).toEqual([]);
  });

  it('the check itself sees a name: a commune written into a source file is caught', () => {
    const names = namesOf('tests/fixtures/guillestrois');
    const text = plain("const title = 'Carte de Guillestre'; // 05065");
    expect(
      names
        .filter(({ pattern }) => pattern.test(text))
        .map((n) => n.term)
        .sort(),
    ).toEqual(['05065', 'Guillestre']);
  });
});

describe('npm run geodata:new', () => {
  it('scaffolds the CC du Guillestrois et du Queyras (15 communes, PVD town Guillestre) as the committed fixture, which check:data accepts', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carte-ort-new-')), 'guillestrois');
    const r = geodataNew('--epci', '200067452', '--pvd', '05065', '--out', out, '--communes', SHARED_COMMUNES, '--date', '2026-11-28');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    expect(files(out)).toEqual(['README.md', 'actions.geojson', 'perimetres/projet.geojson', 'programme.json', 'suivi.csv', 'territory.json', 'versions.json']);
    for (const f of files(out)) expect({ f, text: readFileSync(join(out, f), 'utf8') }).toEqual({ f, text: readFileSync(join(GUILLESTROIS, f), 'utf8') });
    const territory = JSON.parse(readFileSync(join(out, 'territory.json'), 'utf8'));
    expect(territory.communes).toHaveLength(15);
    expect(territory.communes.filter((c: { petiteVilleDeDemain: boolean }) => c.petiteVilleDeDemain).map((c: { nom: string }) => c.nom)).toEqual(['Guillestre']);
    expect(territory.millesime).toMatch(/^millésime \d{4}$/);
    const versions = JSON.parse(readFileSync(join(out, 'versions.json'), 'utf8')).versions;
    expect(versions.map((v: { etat: string; communes: string[] }) => [v.etat, v.communes])).toEqual([['projet', ['05065']]]);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', '--communes', SHARED_COMMUNES, out], { cwd: ROOT, encoding: 'utf8' });
    expect([check.status, check.stderr]).toEqual([0, '']);
  }, 60_000);

  it.each([
    ['an unknown SIREN', ['--epci', '123456789', '--pvd', '05065'], /^geodata:new : EPCI inconnu : « 123456789 »/],
    ['a PVD town outside the EPCI', ['--epci', '200067452', '--pvd', '05065,05006'], /^geodata:new : commune\(s\) 05006 hors de l'EPCI CC du Guillestrois et du Queyras/],
  ])(
    'refuses %s in French and writes nothing',
    (_label, args, message) => {
      const out = join(mkdtempSync(join(tmpdir(), 'carte-ort-new-')), 'x');
      const r = geodataNew(...args, '--out', out, '--communes', SHARED_COMMUNES);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(() => readdirSync(out)).toThrow();
    },
    60_000,
  );

  it('refuses an existing non-empty --out and leaves it as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'carte-ort-new-'));
    mkdirSync(join(out, 'perimetres'));
    writeFileSync(join(out, 'territory.json'), '{"mine": true}');
    const r = geodataNew('--epci', '200067452', '--pvd', '05065', '--out', out, '--communes', SHARED_COMMUNES);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/n'est pas vide : rien n'a été écrit/);
    expect(readFileSync(join(out, 'territory.json'), 'utf8')).toBe('{"mine": true}');
    expect(readdirSync(out).sort()).toEqual(['perimetres', 'territory.json']);
  }, 60_000);
});
