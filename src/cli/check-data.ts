// npm run check:data -- [dir]   (default: geodata/)
// Exit 0 when the data is valid, 1 with one French line per problem otherwise.
import { existsSync, statSync } from 'node:fs';
import { checkGeoData } from './check-geodata';
import { readDataDir } from './read-dir';
import { formatDataProblem } from '../i18n/problems';

const dir = process.argv[2] ?? 'geodata';
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`check:data : le dossier « ${dir} » n'existe pas.`);
  process.exit(1);
}
const problems = checkGeoData(readDataDir(dir));
if (problems.length === 0) {
  console.log(`check:data : ${dir} est valide.`);
} else {
  console.error(`check:data : ${problems.length} problème(s) dans ${dir}`);
  for (const p of problems) console.error(`- ${formatDataProblem(p)}`);
  process.exitCode = 1;
}
