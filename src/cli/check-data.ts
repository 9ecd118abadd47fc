// npm run check:data -- [--communes <file|url>] [dir]   (default: geodata/)
// Exit 0 when the data is valid (warnings may be printed), 1 with one French line per problem,
// 2 on a usage error. With --communes, sectors are checked against the official contours.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkGeoData, isDataWarning } from './check-geodata';
import { readDataDirChecked } from './read-dir';
import { readCommunes } from './read-communes';
import { formatDataProblem } from '../i18n/problems';
import { parseGeoData } from '../data/parse-geodata';
import { indexCommunes } from '../geo/commune-of';

const USAGE = 'usage : npm run check:data -- [--communes <fichier|url>] [dossier]';

async function main(): Promise<number> {
  const options = (() => {
    try {
      return { ok: true as const, args: parseArgs({ allowPositionals: true, options: { communes: { type: 'string' }, help: { type: 'boolean' } } }) };
    } catch (e) {
      return { ok: false as const, message: (e as Error).message };
    }
  })();
  if (!options.ok) {
    console.error(`check:data : ${options.message}\n${USAGE}`);
    return 2;
  }
  const { args } = options;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = args.positionals[0] ?? 'geodata';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`check:data : le dossier « ${dir} » n'existe pas.`);
    return 1;
  }
  const { files, notUtf8 } = readDataDirChecked(dir);
  const parsed = parseGeoData(files);
  let communes = null;
  if (args.values.communes) {
    const contours = await readCommunes(args.values.communes);
    if (!contours.ok) {
      console.error(`check:data : ${contours.message}`);
      return 1;
    }
    communes = indexCommunes(contours.value, parsed.ok ? parsed.data.territory.communes.map((c) => c.insee) : undefined);
  }
  const names = new Map(parsed.ok ? parsed.data.territory.communes.map((c) => [c.insee, `${c.nom} (${c.insee})`]) : []);
  const nameOf = (insee: string) => names.get(insee) ?? insee;
  const all = [...notUtf8.map((file) => ({ file, featureId: null, issue: { code: 'not-utf8' as const } })), ...checkGeoData(files, { communes })];
  const warnings = all.filter(isDataWarning);
  const problems = all.filter((p) => !isDataWarning(p));
  for (const w of warnings) console.warn(`- ${formatDataProblem(w, 'fr', nameOf)}`);
  if (problems.length === 0) {
    console.log(`check:data : ${dir} est valide${communes ? ' (secteurs vérifiés sur les contours des communes)' : ''}.`);
    return 0;
  }
  console.error(`check:data : ${problems.length} ${problems.length > 1 ? 'problèmes' : 'problème'} dans ${dir}`);
  for (const p of problems) console.error(`- ${formatDataProblem(p, 'fr', nameOf)}`);
  return 1;
}

// Never a stack trace: an unexpected failure is one French line too.
process.exitCode = await main().catch((e: unknown) => {
  console.error(`check:data : erreur inattendue : ${(e as Error)?.message ?? String(e)}`);
  return 1;
});
