import { projectData } from './helpers';
import { loadLang, territoryWordsOf } from '../../src/i18n';
import { describe, expect, it, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fr as firstScreen } from '../../src/i18n/fr';
import { frMore } from '../../src/i18n/fr-more';
import { en } from '../../src/i18n/en';
import { translate } from '../../src/i18n';
import { ROOT } from './helpers';

// Every French word: the first screen's and the later views' (loaded with them in the app).
const fr = { ...firstScreen, ...frMore };

// English is loaded on demand in the app; these tests read it.
beforeAll(() => loadLang('en'));

/** Every file under a folder, sub-folders included, as paths relative to it. */
const sourcesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).map(String);

describe('i18n', () => {
  it('keeps each French word in one place: the first screen’s, or the later views’', () => {
    expect(Object.keys(firstScreen).filter((k) => k in frMore)).toEqual([]);
  });

  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.entries(en).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.entries(fr).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    // The territory's words (its name with « du », « dans le »…) are filled by the app for every
    // message; French grammar needs forms English does not, so they are left out of the comparison.
    const territoryWords = ['territory', 'ofTerritory', 'inTerritory'];
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)]
        .map((m) => m[1]!)
        .filter((p) => !territoryWords.includes(p))
        .sort();
    // French sentences use the act's phrase with its article (« l'avenant du… »), English its label.
    const byDesign = ['sector.introducedBy', 'sector.since'];
    const mismatched = Object.keys(fr).filter((k) => !byDesign.includes(k) && placeholders(fr[k as keyof typeof fr]).join() !== placeholders(en[k as keyof typeof en]).join());
    expect(mismatched).toEqual([]);
  });

  it('names the territory with the words of its geodata, in both languages', () => {
    const words = territoryWordsOf(projectData().territory, ['2023-convention', '2024-avenant']);
    expect(translate('fr', 'card.noCommune', words)).toBe('Ce lieu est hors des communes du Pays des Écrins.');
    expect(translate('fr', 'app.title', words)).toBe('Carte de l’ORT — Pays des Écrins');
    expect(translate('en', 'link.unknownCommune', { ...words, id: '05023' })).toBe('Link: commune “05023” is not in Pays des Écrins.');
    expect(translate('fr', 'search.placeholder', words)).toBe('Adresse, secteur, action, commune ou « 44.7953, 6.5600 »');
  });

  it('fills placeholders', () => {
    expect(translate('fr', 'legend.shown', { shown: 3, total: 24 })).toBe('3 actions affichées sur 24');
    expect(translate('en', 'legend.shown', { shown: 3, total: 24 })).toBe('3 of 24 actions shown');
  });

  it('components contain no literal UI text: every string comes from the catalogue', () => {
    const dir = resolve(ROOT, 'src/ui');
    const offenders: string[] = [];
    for (const file of sourcesUnder(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(resolve(dir, file), 'utf8');
      // Text between a JSX tag's end and the next tag or expression, with at least two letters.
      for (const m of source.matchAll(/>([^<>{}]*\p{L}{2,}[^<>{}]*)</gu)) {
        const text = m[1]!.trim();
        // Code that looks like text to the pattern: an arrow body or a member access ("v.date").
        const code = /[;=()]/.test(text) || (/^[\w.?]+$/.test(text) && text.includes('.'));
        if (!code) offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('catalogue upkeep', () => {
  it('every message is used by the app (directly, or through a closed list like `status.${s}`)', () => {
    const dirs = ['src/ui', 'src/state', 'src/map'].map((d) => resolve(ROOT, d));
    const code = [
      ...dirs.flatMap((d) =>
        sourcesUnder(d)
          .filter((f) => /\.tsx?$/.test(f))
          .map((f) => readFileSync(resolve(d, f), 'utf8')),
      ),
      readFileSync(resolve(ROOT, 'src/main.tsx'), 'utf8'),
      // Problems below the UI are worded here (for the UI and the CLI).
      readFileSync(resolve(ROOT, 'src/i18n/problems.ts'), 'utf8'),
    ].join('\n');
    const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z.-]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(fr).filter((k) => !code.includes(`'${k}'`) && !dynamicPrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe('plurals, as a person writes them', () => {
  it('choose the form by the language’s plural rules (French: 0 and 1 singular), the number written as the language does', () => {
    expect([0, 1, 2, 1234].map((count) => translate('fr', 'panel.actionsCount', { count }))).toEqual(['0 action', '1 action', '2 actions', '1\u202f234 actions']);
    expect([0, 1, 2].map((count) => translate('en', 'panel.actionsCount', { count }))).toEqual(['0 actions', '1 action', '2 actions']);
    expect(translate('fr', 'budget.noneKnown', { count: 17 })).toBe('17 budgets non communiqués');
    expect(translate('fr', 'sector.hiddenByFilters', { count: 1 })).toBe('1 autre masquée par les filtres.');
    // A plural inside a sentence with other parameters.
    expect(translate('fr', 'problem.outside-epci', { count: 3, lon: 1, lat: 2 })).toMatch(/^3 sommets hors de l'emprise de l'EPCI \(ex\. longitude 1, latitude 2\)/);
  });

  it('no message of either catalogue writes « (s) »', () => {
    expect(Object.entries(fr).filter(([, v]) => v.includes('(s)'))).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => v.includes('(s)'))).toEqual([]);
  });
});

describe('percentages', () => {
  it('are written as each language writes them', async () => {
    const { formatPercent } = await import('../../src/i18n');
    expect([formatPercent('fr', 70), formatPercent('en', 70), formatPercent('en', 41.42)]).toEqual(['70\u00a0%', '70%', '41.4%']);
  });
});

describe('ICU warm-up worker (i18n/warm-up.ts)', () => {
  it('runs the program it is given for the language, then is terminated; a worker that never answers holds the page back no longer than the timeout', async () => {
    const { warmUpFormatters } = await import('../../src/i18n/warm-up');
    const made: { source: string; terminated: boolean; onmessage?: () => void }[] = [];
    const revoked: string[] = [];
    const blobs = new Map<string, Blob>();
    const globals = globalThis as unknown as { Worker?: unknown };
    const { createObjectURL, revokeObjectURL } = URL;
    globals.Worker = class {
      record = { source: '', terminated: false } as (typeof made)[number];
      constructor(url: string) {
        this.record.source = url;
        made.push(this.record);
      }
      set onmessage(f: () => void) {
        this.record.onmessage = f;
      }
      set onerror(_f: () => void) {}
      terminate() {
        this.record.terminated = true;
      }
    };
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    try {
      // The worker answers: resolved, terminated, its blob released; its program names the locale.
      const answered = warmUpFormatters('en', 10_000);
      made[0]!.onmessage!();
      await answered;
      expect(made[0]!.terminated).toBe(true);
      expect(revoked).toEqual([made[0]!.source]);
      const program = await blobs.get(made[0]!.source)!.text();
      expect(program).toContain('"en-GB"');
      expect(program).toContain('Intl.DateTimeFormat');
      // It never answers: resolved after the timeout all the same, and terminated.
      await warmUpFormatters('fr', 20);
      expect(made[1]!.terminated).toBe(true);
      expect(await blobs.get(made[1]!.source)!.text()).toContain('"fr-FR"');
    } finally {
      delete globals.Worker;
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });
});
