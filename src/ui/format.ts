import { formatNumber, type Lang } from '../i18n';
import type { Translate } from './store-context';

/** "240 m", "1,2 km": distances as a resident reads them. */
export function formatDistance(t: Translate, lang: Lang, meters: number): string {
  if (meters < 1000) return t('distance.m', { value: Math.round(meters / 10) * 10 || Math.round(meters) });
  return t('distance.km', { value: formatNumber(lang, meters / 1000, 1) });
}

export const formatLatLon = (t: Translate, lngLat: readonly [number, number]) => t('card.coordinates', { lat: lngLat[1].toFixed(5), lon: lngLat[0].toFixed(5) });
