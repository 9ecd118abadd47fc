import { fr, type MessageKey } from './fr';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

// French is the default and ships with the first screen; English is loaded when chosen (loadLang
// before setLang). Until then an English key falls back to French rather than to nothing.
const catalogues: Partial<Record<Lang, Record<MessageKey, string>>> = { fr };

/** Loads a language's catalogue; resolves once translate() can use it. */
export async function loadLang(lang: Lang): Promise<void> {
  if (catalogues[lang]) return;
  if (lang === 'en') catalogues.en = (await import('./en')).en;
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = (catalogues[lang] ?? fr)[key];
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
}

/** The locale that formats numbers and dates for a language, written once. */
export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** "1 234,5" in French, "1,234.5" in English. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return value.toLocaleString(localeOf(lang), { maximumFractionDigits });
}

/** A figure that may be missing: "—" when it is (no source, no contours), never a made-up 0. */
export function formatOptional(lang: Lang, value: number | null, maximumFractionDigits = 2): string {
  return value === null ? '—' : formatNumber(lang, value, maximumFractionDigits);
}

export function formatEuros(lang: Lang, value: number): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** "2023-04" → "avril 2023", "2024-11-08" → "8 novembre 2024". */
export function formatPartialDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const locale = localeOf(lang);
  if (m === undefined) return String(y);
  const when = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, d === undefined ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}
