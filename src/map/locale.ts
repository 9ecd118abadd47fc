// MapLibre's own words (zoom buttons, attribution toggle…) in the UI's language: given at creation
// (`locale`), and rewritten on the controls when the language changes (MapLibre has no setLocale).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { translate, type Lang } from '../i18n';

/** The strings MapLibre shows, from the app's catalogue. */
export const mapLocale = (lang: Lang): Record<string, string> => ({
  'Map.Title': translate(lang, 'map.title'),
  'NavigationControl.ZoomIn': translate(lang, 'map.zoomIn'),
  'NavigationControl.ZoomOut': translate(lang, 'map.zoomOut'),
  'NavigationControl.ResetBearing': translate(lang, 'map.resetBearing'),
  'AttributionControl.ToggleAttribution': translate(lang, 'map.toggleAttribution'),
  'AttributionControl.MapFeedback': translate(lang, 'map.mapFeedback'),
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
});

/** The controls already on the map, relabelled in another language. */
export function relabelControls(map: MapLibreMap, lang: Lang): void {
  const container = map.getContainer();
  const words = mapLocale(lang);
  const relabel = (selector: string, key: string) => {
    for (const el of container.querySelectorAll<HTMLElement>(selector)) {
      el.title = words[key]!;
      el.setAttribute('aria-label', words[key]!);
    }
  };
  relabel('.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn');
  relabel('.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut');
  relabel('.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing');
  relabel('.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution');
}
