import { fr, type MessageKey } from './fr';
import { formatNumber, pluralRules } from './formats';
import type { Lang } from './langs';

export { formatEuros, formatHectares, formatNumber, formatOptional, formatPartialDate, formatPercent } from './formats';
export { LANGS, type Lang } from './langs';
export type { MessageKey };

// French is the default and ships with the first screen (its later words with the views that use
// them: loadMoreWords); English is loaded when chosen (loadLang before setLang). Until then an
// English key falls back to French rather than to nothing.
const catalogues: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = { fr: { ...fr } };

/** Adds words to a language's catalogue (fr-more.ts adds the French of the later views). */
export function addWords(lang: Lang, words: Partial<Record<MessageKey, string>>): void {
  catalogues[lang] = { ...catalogues[lang], ...words };
}

let moreWords: Promise<void> | null = null;
/** The French words of the views and tools that load after the first screen; resolves once
 * translate() has them (English comes whole with loadLang). */
export function loadMoreWords(): Promise<void> {
  moreWords ??= import('./fr-more').then((m) => addWords('fr', m.frMore));
  return moreWords;
}

/** Loads a language's catalogue; resolves once translate() can use it. */
export async function loadLang(lang: Lang): Promise<void> {
  if (catalogues[lang]) return;
  if (lang === 'en') catalogues.en = (await import('./en')).en;
}

/** The territory's words every catalogue may use ({territory}, {ofTerritory}, {inTerritory}, and
 * examples taken from its data): they come from geodata (territory.json, versions.json), never from
 * the code, so that one build serves one territory and the catalogues serve them all. The store
 * derives them (territoryWords) and the UI passes them to translate() with the other parameters. */
export type TerritoryWords = {
  readonly territory: string;
  readonly ofTerritory: string;
  readonly inTerritory: string;
  readonly exampleInsee: string;
  readonly exampleInsee2: string;
  /** The PVD town's centre as a resident types it (« 44.7953, 6.5600 »), in a link, in a map view. */
  readonly exampleAt: string;
  readonly exampleAtLink: string;
  readonly exampleMap: string;
  /** Two version ids, as `compare=` takes them. */
  readonly exampleVersions: string;
};
/** The words of a territory.json (its appellation; its communes for examples). */
export function territoryWordsOf(
  territory: { appellation: { nom: string; de: string; dans: string }; villeCentre: { insee: string; centre: readonly [number, number] }; communes: readonly { insee: string }[] },
  versionIds: readonly string[],
): TerritoryWords {
  const other = territory.communes.find((c) => c.insee !== territory.villeCentre.insee)?.insee ?? territory.villeCentre.insee;
  const [lon, lat] = territory.villeCentre.centre;
  return {
    territory: territory.appellation.nom,
    ofTerritory: territory.appellation.de,
    inTerritory: territory.appellation.dans,
    exampleInsee: territory.villeCentre.insee,
    exampleInsee2: other,
    exampleAt: `${lat.toFixed(4)}, ${lon.toFixed(4)}`,
    exampleAtLink: `${lat.toFixed(5)},${lon.toFixed(5)}`,
    exampleMap: `15/${lat.toFixed(4)}/${lon.toFixed(4)}`,
    exampleVersions: [versionIds[0] ?? 'projet', versionIds[1] ?? 'brouillon-1'].join(','),
  };
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogues[lang]?.[key] ?? catalogues.fr?.[key];
  // A later view's word asked before its words arrived (ui/lazy.ts waits for them): a bug, said
  // in the console; the page shows nothing rather than a code.
  if (template === undefined) {
    console.error(`i18n: « ${key} » asked before its words were loaded`);
    return '';
  }
  if (!template.includes('{')) return template;
  return withPlurals(lang, template, params).replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}

/** `{count, plural, one {# action} other {# actions}}`: the branch the language's plural rules
 * choose for the number (French says « 0 action », English "0 actions"), `#` being the number as the
 * language writes it; `=0 {…}` picks an exact number first. Branches may hold other parameters. */
function withPlurals(lang: Lang, template: string, params: Record<string, string | number> | undefined): string {
  let out = '';
  let at = 0;
  for (let start = template.indexOf(', plural,'); start !== -1; start = template.indexOf(', plural,', at)) {
    const open = template.lastIndexOf('{', start);
    const name = template.slice(open + 1, start);
    const branches: Record<string, string> = {};
    let i = start + ', plural,'.length;
    while (template[i] !== '}') {
      const label = /^\s*(=?\w+)\s*\{/.exec(template.slice(i));
      if (!label) throw new Error(`plural message without a closing brace: ${template}`);
      let depth = 1;
      let j = i + label[0].length;
      const from = j;
      for (; depth > 0; j++) depth += template[j] === '{' ? 1 : template[j] === '}' ? -1 : 0;
      branches[label[1]!] = template.slice(from, j - 1);
      i = j;
      while (template[i] === ' ') i++;
    }
    const n = Number(params?.[name] ?? Number.NaN);
    const branch = branches[`=${n}`] ?? branches[pluralRules(lang).select(n)] ?? branches.other ?? '';
    out += template.slice(at, open) + branch.replaceAll('#', formatNumber(lang, n));
    at = i + 1;
  }
  return out + template.slice(at);
}
