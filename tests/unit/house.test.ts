// The house's rules, as `npm run lint` enforces them (biome.jsonc): each test breaks one on purpose
// and checks that the linter refuses it, so that a rule quietly switched off fails here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lint files as if they stood at these paths of the project: written, with the project's
 * biome.jsonc, to a folder of their own (nothing is written to src/). */
function lint(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'carte-ort-house-'));
  try {
    copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(BIOME, ['lint', '--max-diagnostics=50', ...Object.keys(files)], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const lintAs = (path: string, text: string) => lint({ [path]: text });

describe('the floors of the house (npm run lint)', () => {
  it.each([
    ['src/geo/probe.ts', "import type { AppState } from '../state/app-state';", 'geo, i18n and style never import'],
    ['src/geo/probe.ts', "import { createGeoWorker } from '../services/geo-worker';", 'never import state, ui, map, services'],
    ['src/data/probe.ts', "import type { LonLat } from '../geo/areas';", 'src/data is the ground floor'],
    ['src/services/probe.ts', "import { createAppStore } from '../state/store';", 'services never import state'],
    ['src/state/probe.ts', "import { App } from '../ui/App';", 'src/state never imports the views'],
    ['src/state/probe.ts', "import { bbox } from '@turf/turf';", 'computes through src/geo'],
    ['src/ui/probe.ts', "import { area } from '@turf/turf';", 'src/geo does'],
    ['src/ui/probe.ts', "import { mountMap } from '../map/map-view';", 'only through its ports'],
    ['src/ui/probe.ts', "const m = import('../services/geo-worker');", 'never a service'],
    ['src/ui/probe.ts', "import { Map } from 'maplibre-gl';", 'Only src/map imports maplibre-gl'],
    ['src/cli/probe.ts', "import { createAppStore } from '../state/store';", 'never import the store or the views'],
  ])('%s may not say %s', (path, line, message) => {
    const r = lintAs(path, `${line}\n`);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(message);
  });

  it('lets each floor import the floors below it', () => {
    expect(lintAs('src/geo/probe.ts', "import type { GeoProblem } from '../data/geo-problems';\nexport type P = GeoProblem;\n").status).toBe(0);
    expect(lintAs('src/map/probe.ts', "import type { LngLat } from 'maplibre-gl';\nexport type M = LngLat;\n").status).toBe(0);
  });

  it('refuses a circle of imports, type-only ones included', () => {
    const r = lint({
      'src/geo/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
      'src/geo/b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('noImportCycles');
  });
});

describe('the size of the rooms', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
    });

  it('no file of src/ or scripts/ is over 300 lines', () => {
    const big = [...files('src'), ...files('scripts')].map((path) => ({ path, lines: readFileSync(join(ROOT, path), 'utf8').split('\n').length - 1 })).filter((f) => f.lines > 300);
    expect(big).toEqual([]);
  });
});
