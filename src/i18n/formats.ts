// Numbers, amounts, areas and dates as each language writes them, by the platform's Intl
// formatters (ICU). Its own module, so that i18n/warm-up.ts can name a language's locale without
// the catalogues.
import type { Lang } from './langs';

/** The locale that formats numbers and dates for a language, written once. */
export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

// Intl formatters are made once for each language and options: making one costs about a
// millisecond, and the first screen formats dozens of dates and figures.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}
/** The language's plural rules (« 0 action » in French, "0 actions" in English). */
export const pluralRules = (lang: Lang) => once(`p${lang}`, () => new Intl.PluralRules(localeOf(lang)));
const numbers = (lang: Lang, options: Intl.NumberFormatOptions) => once(`n${lang}${JSON.stringify(options)}`, () => new Intl.NumberFormat(localeOf(lang), options));

/** "1 234,5" in French, "1,234.5" in English. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return numbers(lang, { maximumFractionDigits }).format(value);
}

/** A figure that may be missing: "—" when it is (no source, no contours), never a made-up 0. */
export function formatOptional(lang: Lang, value: number | null, maximumFractionDigits = 2): string {
  return value === null ? '—' : formatNumber(lang, value, maximumFractionDigits);
}

/** Areas in hectares, always to one decimal (« 25,8 », « 18,2 », « 0,0 »), so that figures side by
 * side compare at a glance; "—" when unknown; `signed`: « +18,2 » for a gain. */
export function formatHectares(lang: Lang, ha: number | null, signed = false): string {
  if (ha === null) return '—';
  const text = numbers(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ha);
  return signed && ha > 0 ? `+${text}` : text;
}

/** A percentage as the language writes it: « 70 % » in French, "70%" in English. */
export function formatPercent(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return numbers(lang, { style: 'percent', maximumFractionDigits }).format(value / 100);
}

export function formatEuros(lang: Lang, value: number): string {
  return numbers(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** "2023-04" → "avril 2023", "2024-11-08" → "8 novembre 2024". */
export function formatPartialDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const when = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const withDay = d !== undefined;
  return once(
    `d${lang}${withDay}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), withDay ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(when);
}
