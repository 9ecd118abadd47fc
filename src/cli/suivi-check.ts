// npm run suivi:check -- <fichier.csv> [--geodata <dossier>]
// Checks an action table (suivi.csv, as a spreadsheet saved it) against the actions of a geodata
// folder, with check:data's French messages. Exit 0 when it would be applied, 1 with one line per
// problem, 2 on a usage error. Never a stack trace.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { joinSuivi, readSuiviTable } from '../data/suivi';
import { actionGeoCollectionSchema } from '../data/schemas';
import { suiviProblemText } from '../i18n/problems';

const USAGE = 'usage : npm run suivi:check -- <fichier.csv> [--geodata <dossier>]';

function main(): number {
  let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { geodata: { type: 'string' }; help: { type: 'boolean' } } }>>;
  try {
    args = parseArgs({ allowPositionals: true, options: { geodata: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (e) {
    console.error(`suivi:check : ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) {
    console.error(`suivi:check : ${file ? 'un seul fichier à la fois' : 'quel fichier vérifier ?'}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`suivi:check : le fichier « ${file} » n'existe pas.\n${USAGE}`);
    return 2;
  }
  const dir = args.values.geodata ?? 'geodata';
  const places = (() => {
    try {
      return actionGeoCollectionSchema.safeParse(JSON.parse(readFileSync(join(dir, 'actions.geojson'), 'utf8')));
    } catch {
      return null;
    }
  })();
  if (!places?.success) {
    console.error(`suivi:check : ${join(dir, 'actions.geojson')} est illisible ou absent : vérifiez-le avec npm run check:data -- ${dir}`);
    return 2;
  }
  const read = readSuiviTable(new Uint8Array(readFileSync(file)));
  const joined = read.ok ? joinSuivi(places.data, read.rows) : read;
  if (joined.ok && read.ok) {
    console.log(`suivi:check : ${file} est correct (${read.rows.length} ${read.rows.length > 1 ? 'actions' : 'action'}, ${read.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}).`);
    return 0;
  }
  const problems = joined.ok ? [] : joined.problems;
  console.error(`suivi:check : ${problems.length} ${problems.length > 1 ? 'problèmes' : 'problème'} dans ${file} ; le tableau serait refusé en entier`);
  for (const p of problems) console.error(`- ${file} : ${suiviProblemText('fr', p)}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`suivi:check : erreur inattendue : ${(e as Error)?.message ?? String(e)}`);
  process.exitCode = 1;
}
