// The action table (suivi.csv) as people write it: golden tables from French Excel (Windows-1252),
// LibreOffice (UTF-8, commas, typed headers) and Grist, each bad case refused whole with its line.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinSuivi, parseBudget, parseTableDate, readSuiviTable, writeSuiviTable, type SuiviProblem } from '../../src/data/suivi';
import { suiviProblemText } from '../../src/i18n/problems';
import type { ActionCollection } from '../../src/data/schemas';
import { ROOT, projectData } from './helpers';

const data = projectData();
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(ROOT, 'tests/fixtures/suivi', name)));
const table = readFileSync(resolve(ROOT, 'geodata/suivi.csv'));
const encode = (text: string) => new TextEncoder().encode(text);
const action = (actions: ActionCollection, id: string) => actions.features.find((f) => f.properties.id === id)!.properties;

/** The actions with a table's fields, or its problems in French (one line each). */
function apply(bytes: Uint8Array) {
  const read = readSuiviTable(bytes);
  const joined = read.ok ? joinSuivi(data.actions, read.rows) : read;
  return joined.ok ? { actions: joined.actions, problems: [] } : { actions: null, problems: joined.problems.map((p) => suiviProblemText('fr', p)) };
}
/** The project's table with one row's cells replaced (line 1 is the header), or several rows'. */
function projectTableWith(line: number, cells: Record<string, string>, more: Record<number, Record<string, string>> = {}): Uint8Array {
  const rows = new TextDecoder().decode(table).split('\r\n');
  const header = rows[0]!.split(';');
  for (const [at, edits] of Object.entries({ ...more, [line]: cells })) {
    const row = rows[Number(at) - 1]!.split(';');
    for (const [column, value] of Object.entries(edits)) row[header.indexOf(column)] = value;
    rows[Number(at) - 1] = row.join(';');
  }
  return encode(rows.join('\r\n'));
}

describe('reading the action table', () => {
  it('reads the project table to the built actions, and writes it back byte for byte', () => {
    const { actions } = apply(new Uint8Array(table));
    expect(actions).toEqual(data.actions);
    expect(writeSuiviTable(data.actions)).toBe(new TextDecoder().decode(table).replace(/^/, '\ufeff'));
  });

  it('reads French Excel (Windows-1252, ;, CRLF, labels, JJ/MM/AAAA, « 350 000 € », « 120000,00 »)', () => {
    const { actions, problems } = apply(fixture('excel-fr-windows-1252.csv'));
    expect(problems).toEqual([]);
    expect(action(actions!, 'logements-communaux')).toMatchObject({ statut: 'en-cours', depuis: '2026-03-12', titre: 'Rénovation des logements locatifs communaux' });
    expect(action(actions!, 'place-kiosque')).toMatchObject({ statut: 'programmee', depuis: '2026-02-05' });
    expect(action(actions!, 'parvis-gare').budget).toBe(350_000);
    expect(action(actions!, 'maison-planche').budget).toBe(120_000);
    expect(action(actions!, 'opah-ru').porteur).toEqual({ type: 'cc', nom: 'CC du Pays des Écrins' });
  });

  it('reads LibreOffice (UTF-8 without BOM, commas, quoted cells, headers typed with accents, status codes)', () => {
    const { actions, problems } = apply(fixture('libreoffice-utf8.csv'));
    expect(problems).toEqual([]);
    expect(action(actions!, 'opah-ru')).toMatchObject({ statut: 'realisee', depuis: '2026-03-30', financement: 'Anah, Banque des Territoires' });
  });

  it('reads a Grist export (commas, ISO dates, plain numbers, a month as start date)', () => {
    const { actions, problems } = apply(fixture('grist-export.csv'));
    expect(problems).toEqual([]);
    expect(action(actions!, 'france-services')).toMatchObject({ statut: 'en-cours', depuis: '2026-02-20', budget: 85_000, debut: '2026-02' });
  });

  it('takes dates and amounts as people write them', () => {
    expect(parseTableDate('12/03/2026', false)).toBe('2026-03-12');
    expect(parseTableDate('2026-03-12', false)).toBe('2026-03-12');
    expect(parseTableDate('31/02/2026', false)).toBeNull();
    expect(parseTableDate('03/2026', false)).toBeNull();
    expect(parseTableDate('03/2026', true)).toBe('2026-03');
    expect(parseTableDate('2026', true)).toBe('2026');
    expect(parseTableDate('13/2026', true)).toBeNull();
    expect(['350 000', '350 000 €', '350000,00', '350\u202f000 EUR', '350000'].map(parseBudget)).toEqual([350_000, 350_000, 350_000, 350_000, 350_000]);
    expect(['-5 000', 'environ 300 k€', 'NC'].map(parseBudget)).toEqual([null, null, null]);
  });
});

describe('a bad table is refused whole, each problem with its line', () => {
  const refused = (bytes: Uint8Array) => {
    const r = apply(bytes);
    expect(r.actions).toBeNull();
    return r.problems;
  };

  it.each([
    ['an unknown status', { statut: 'Terminée' }, 'ligne 3, colonne « statut » : « Terminée » ; attendu : En étude, Programmée, En cours ou Réalisée'],
    ['an impossible date', { depuis: '31/02/2026' }, 'ligne 3, colonne « depuis » : « 31/02/2026 » ; attendu : une date qui existe, JJ/MM/AAAA ou AAAA-MM-JJ (vide si inconnue)'],
    [
      'a negative budget',
      { budget: '-5000' },
      'ligne 3, colonne « budget » : « -5000 » ; attendu : un montant en euros, positif ou nul (ex. 350 000 ou 350000,00) ; vide si inconnu',
    ],
    ['a budget that is not a number', { budget: 'environ 300 k€' }, 'ligne 3, colonne « budget » : « environ 300 k€ »'],
    ['an empty id', { id: '' }, 'ligne 3, colonne « id » : cellule vide ; elle doit être remplie'],
    ['a formula', { budget: '=SOMME(A1:A3)' }, 'ligne 3, colonne « budget » : « =SOMME(A1:A3) » est une formule ; le tableau publié ne contient que des valeurs'],
    ['a formula in a text cell', { titre: '@HYPERLINK("http://x")' }, 'ligne 3, colonne « titre » : « @HYPERLINK("http://x") » est une formule'],
    ['an unknown id', { id: 'nouvelle-action' }, 'ligne 3 : « nouvelle-action » n’est pas une action de actions.geojson'],
  ])('%s', (_name, cells, expected) => {
    const problems = refused(projectTableWith(3, cells));
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('a duplicate id, naming both lines', () => {
    expect(refused(projectTableWith(4, { id: 'animation-habitat' }))).toContain('ligne 4 : l’identifiant « animation-habitat » est déjà celui de la ligne 3');
  });

  it('an .xlsx renamed .csv, an empty file, a header without id, a web page', () => {
    expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toEqual([
      'ce n’est pas un fichier CSV mais un classeur (Excel ou LibreOffice) : enregistrez-le au format CSV (« CSV UTF-8 » ou « CSV (point-virgule) »)',
    ]);
    expect(refused(encode('\ufeff\r\n'))).toEqual(['le tableau est vide']);
    expect(refused(encode('titre;axe;statut;depuis;budget;porteur;type_porteur\r\nA;Commerce;En cours;;;B;Commune\r\n'))[0]).toMatch(
      /^colonne manquante : id \(en-têtes lus : titre, axe/,
    );
    expect(refused(encode('<!DOCTYPE html><html><body>Connexion</body></html>'))[0]).toMatch(/page web/);
  });

  it('every problem, not the first one only', () => {
    const read = readSuiviTable(projectTableWith(3, { statut: 'Finie' }, { 6: { budget: '-1' } }));
    const problems: readonly SuiviProblem[] = read.ok ? [] : read.problems;
    expect(problems.map((p) => ('line' in p ? p.line : null))).toEqual([3, 6]);
  });
});

describe('npm run suivi:check (CLI)', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/suivi-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on a good table, naming its encoding', () => {
    const r = run('tests/fixtures/suivi/excel-fr-windows-1252.csv');
    expect(r.stdout).toContain('est correct (24 actions, Windows-1252)');
    expect(r.status).toBe(0);
  });

  it('exits 1 on a bad table with one French line per problem and no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'carte-ort-')), 'suivi.csv');
    writeFileSync(file, projectTableWith(3, { statut: 'Finie', budget: '=1+1' }));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ligne 3, colonne « statut » : « Finie »');
    expect(r.stderr).toContain('ligne 3, colonne « budget » : « =1+1 » est une formule');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 on a usage error', () => {
    expect(run().status).toBe(2);
    expect(run('pas-de-fichier.csv').stderr).toContain("n'existe pas");
  });
});

describe('a table published elsewhere (territory.json « suivi.url »: Grist, a spreadsheet service)', () => {
  const grist = 'https://grist.numerique.gouv.fr/api/docs/ort-ecrins/tables/Suivi/records.csv';

  it('adds that address’s origin to connect-src, and nothing else', async () => {
    const { contentSecurityPolicy, CONTENT_SECURITY_POLICY } = await import('../../src/csp');
    const policy = contentSecurityPolicy(grist);
    expect(policy).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self' https://geo.api.gouv.fr https://data.geopf.fr;",
        "connect-src 'self' https://geo.api.gouv.fr https://data.geopf.fr https://grist.numerique.gouv.fr;",
      ),
    );
    expect(policy).not.toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the build puts it in the page’s policy and in _headers', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'carte-ort-grist-'));
    cpSync(resolve(ROOT, 'geodata'), join(dir, 'geodata'), { recursive: true });
    const territory = JSON.parse(readFileSync(join(dir, 'geodata/territory.json'), 'utf8'));
    writeFileSync(join(dir, 'geodata/territory.json'), JSON.stringify({ ...territory, suivi: { url: grist } }));
    const r = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GEODATA_DIR: join(dir, 'geodata') },
    });
    expect(r.stderr).toBe('');
    const connect = (text: string) => /connect-src [^;"]*/.exec(text.replace(/&#39;/g, "'"))?.[0];
    expect(connect(readFileSync(join(dir, 'dist/index.html'), 'utf8'))).toBe("connect-src 'self' https://geo.api.gouv.fr https://data.geopf.fr https://grist.numerique.gouv.fr");
    expect(connect(readFileSync(join(dir, 'dist/_headers'), 'utf8'))).toBe("connect-src 'self' https://geo.api.gouv.fr https://data.geopf.fr https://grist.numerique.gouv.fr");
  });
});
