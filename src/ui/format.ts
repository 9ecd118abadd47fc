import { formatEuros, formatNumber, type Lang } from '../i18n';
import type { Translate } from './store-context';

/** "240 m", "1,2 km": distances as a resident reads them. */
export function formatDistance(t: Translate, lang: Lang, meters: number): string {
  if (meters < 1000) return t('distance.m', { value: Math.round(meters / 10) * 10 || Math.round(meters) });
  return t('distance.km', { value: formatNumber(lang, meters / 1000, 1) });
}

export const formatLatLon = (t: Translate, lngLat: readonly [number, number]) => t('card.coordinates', { lat: lngLat[1].toFixed(5), lon: lngLat[0].toFixed(5) });

/** Budgets as they are known: the known sum and, apart, how many are unknown; never « 0 € » for
 * budgets nobody has given. */
export function formatBudget(t: Translate, lang: Lang, known: number | null, unknown: number): string {
  if (known === null) return unknown > 0 ? t('budget.noneKnown', { count: unknown }) : '—';
  return unknown > 0 ? t('budget.partlyKnown', { amount: formatEuros(lang, known), count: unknown }) : formatEuros(lang, known);
}
