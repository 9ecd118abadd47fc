// npm run bench (second half) — the attribute CLI against the which-polygon + papaparse script
// (scripts/bench/which-polygon-attribute.mjs) on BAN-format CSV files (`;`, the BAN's columns,
// seeded addresses over Hautes-Alpes) of 4, 100,000 and 1,000,000 rows. Wall time (median of
// alternated runs) and peak resident memory of each process; both outputs are compared.
// Needs the compiled CLI (npm install / npm run build:cli) and ../shared/data.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import proj4 from 'proj4';
import { LAMBERT_93 } from '../src/geo/lambert-93';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '..');
const COMMUNES = resolve(ROOT, '../shared/data/communes-05-hautes-alpes.geojson');
const CLI = resolve(ROOT, 'dist-cli/attribute.mjs');
const REFERENCE = resolve(ROOT, 'scripts/bench/which-polygon-attribute.mjs');
const PEAK = resolve(ROOT, 'scripts/bench/peak-memory.mjs');
// Run as `npm run attribute` runs it: the node flags of its package.json script.
const CLI_FLAGS = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts.attribute as string).split(' ').filter((w) => w.startsWith('--'));
const VERSION = JSON.parse(readFileSync(resolve(ROOT, 'geodata/versions.json'), 'utf8')).versions.find((v: { etat: string }) => v.etat === 'en-vigueur');
if (!existsSync(CLI)) throw new Error('dist-cli/attribute.mjs manquant : lancez npm run build:cli');

const dir = mkdtempSync(join(tmpdir(), 'carte-ort-bench-'));
const toL93 = proj4('EPSG:4326', LAMBERT_93);
const HEADER =
  'id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles';

/** A BAN-format file: a third of the addresses in the valley around L'Argentière, the rest over the département. */
async function banFile(rows: number): Promise<string> {
  const path = join(dir, `adresses-${rows}.csv`);
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let seed = 42;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  for (let i = 0; i < rows; i++) {
    const valley = i % 3 === 0;
    const lon = valley ? 6.5 + random() * 0.12 : 5.4 + random() * 1.6;
    const lat = valley ? 44.76 + random() * 0.08 : 44.2 + random() * 1.0;
    const [x, y] = toL93.forward([lon, lat]);
    const line = `05006_0001_${String(i).padStart(5, '0')};;${i % 120};;Rue du Bench;05120;05006;L'Argentière-la-Bessée;;;${x!.toFixed(2)};${y!.toFixed(2)};${lon.toFixed(6)};${lat.toFixed(6)};entrée;;;L'ARGENTIERE LA BESSEE;RUE DU BENCH;commune;inconnue;non;05006000AB0001\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

interface Run {
  ms: number;
  peakMb: number;
  hash: string;
  /** The last line the process wrote on stderr (the CLI's progress line on long files). */
  progress: string;
}

function run(args: string[], outFile: string): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const hash = createHash('sha1');
    const file = createWriteStream(outFile);
    child.stdout!.on('data', (d: Buffer) => hash.update(d));
    child.stdout!.pipe(file);
    let peak = '';
    let progress = '';
    child.stderr!.on('data', (d: Buffer) => (progress = d.toString().trim().split('\n').pop() ?? ''));
    child.stdio[3]!.on('data', (d: Buffer) => (peak += d.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${args.join(' ')} : code ${code}`));
      resolveRun({ ms, peakMb: Number(peak) / 1024, hash: hash.digest('hex'), progress });
    });
  });
}

const sectorsFile = resolve(ROOT, 'geodata', VERSION.file);
console.log(
  `bench-cli — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, Node ${process.version}`,
);
for (const [rows, runs] of [
  [4, 7],
  [100_000, 3],
  [1_000_000, 3],
] as const) {
  const input = await banFile(rows);
  const mb = (statSync(input).size / 1e6).toFixed(1);
  const ours: Run[] = [];
  const theirs: Run[] = [];
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? ['theirs', 'ours'] : ['ours', 'theirs'];
    for (const who of order) {
      if (who === 'ours') ours.push(await run([...CLI_FLAGS, CLI, '--communes', COMMUNES, input], join(dir, 'ours.csv')));
      else theirs.push(await run([REFERENCE, COMMUNES, sectorsFile, VERSION.id, input], join(dir, 'theirs.csv')));
    }
  }
  const [a, b] = [median(ours.map((x) => x.ms)), median(theirs.map((x) => x.ms))];
  const same = ours[0]!.hash === theirs[0]!.hash;
  console.log(`\n${rows.toLocaleString('en')} rows (${mb} MB, BAN format, ';'), median of ${runs} alternated runs`);
  console.log(
    `  npm run attribute            ${a.toFixed(0).padStart(7)} ms   peak ${Math.max(...ours.map((x) => x.peakMb))
      .toFixed(0)
      .padStart(4)} MB`,
  );
  console.log(
    `  which-polygon + papaparse    ${b.toFixed(0).padStart(7)} ms   peak ${Math.max(...theirs.map((x) => x.peakMb))
      .toFixed(0)
      .padStart(4)} MB`,
  );
  console.log(`  wall time ratio attribute / script: ${(a / b).toFixed(2)}   identical output: ${same ? 'yes' : 'NO'}`);
  if (ours[0]!.progress) console.log(`  last progress line of attribute: ${ours[0]!.progress}`);
  rmSync(input);
}
rmSync(dir, { recursive: true, force: true });
