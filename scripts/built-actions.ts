// For the build (vite.config.ts, builtSuivi): prints the actions of a geodata folder joined with its
// action table (suivi.csv), as JSON. Run by Node with tsx, so that the config itself imports no
// TypeScript of src/ (Vite's native config loader reads the config as it is).
import { readDataDir } from '../src/cli/read-dir';
import { parseGeoData } from '../src/data/parse-geodata';

const dir = process.argv[2] ?? 'geodata';
const parsed = parseGeoData(readDataDir(dir));
if (!parsed.ok) {
  console.error(`les données de ${dir} ne passent pas check:data (npm run check:data -- ${dir})`);
  process.exitCode = 1;
} else process.stdout.write(JSON.stringify(parsed.data.actions));
