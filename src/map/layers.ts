// Sources and layers of the project's data, styled from feature properties and feature-state
// (hover, selected) rather than many filtered layers.
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { AXES, STATUSES } from '../data/vocabulary';
import type { SectorFeature } from '../data/schemas';
import type { AppState } from '../state/app-state';
import { currentSectors } from '../state/versions';
import { memberContours, pvdCommunes } from '../state/selectors';
import { markerPoint } from '../state/map-selectors';
import { AXIS_COLORS, COMMUNE_LINE_COLOR, EXTENSION_COLORS, PVD_COMMUNE_FILL, SECTOR_COLOR, STATUS_MARKER } from '../style/palette';

export const SECTOR_FILL = 'sectors-fill';
export const ACTION_LAYERS = ['action-areas-fill', 'action-points'] as const;

// Built from the palette; the spread defeats the tuple typing of 'match', hence the cast.
const axisColor = ['match', ['get', 'axe'], ...AXES.flatMap((a) => [a, AXIS_COLORS[a]]), '#555555'] as unknown as ExpressionSpecification;
const statusValue = (pick: (s: (typeof STATUS_MARKER)[keyof typeof STATUS_MARKER]) => number | string): ExpressionSpecification =>
  ['match', ['get', 'statut'], ...STATUSES.flatMap((s) => [s, pick(STATUS_MARKER[s])]), 0] as unknown as ExpressionSpecification;

export function sectorSource(s: AppState): FeatureCollection {
  return sectorFeatures(currentSectors(s));
}

function sectorFeatures(sectors: readonly SectorFeature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: sectors.map((f) => ({ type: 'Feature', properties: { id: f.properties.id, nom: f.properties.nom }, geometry: f.geometry })) };
}

/** Commune contours and one version's sectors: the base of every map of the app. */
function baseSources(s: AppState, sectors: readonly SectorFeature[]): Record<string, SourceSpecification> {
  return {
    communes: { type: 'geojson', data: communeSource(s), promoteId: 'code' },
    sectors: { type: 'geojson', data: sectorFeatures(sectors), promoteId: 'id' },
  };
}

// feature-state `extension`: 'ort' | 'proposed' while the extension view is open (set by map-view).
const extension = ['coalesce', ['feature-state', 'extension'], 'none'] as unknown as ExpressionSpecification;
const BASE_LAYERS: readonly LayerSpecification[] = [
  {
    id: 'communes-fill',
    type: 'fill',
    source: 'communes',
    paint: {
      'fill-color': ['match', extension, 'ort', EXTENSION_COLORS.ort, 'proposed', EXTENSION_COLORS.proposed, ['case', ['get', 'pvd'], PVD_COMMUNE_FILL, '#ffffff']],
      'fill-opacity': ['match', extension, 'ort', 0.45, 'proposed', 0.45, 'other', 0.05, 0.35],
    },
  },
  {
    id: 'communes-line',
    type: 'line',
    source: 'communes',
    paint: { 'line-color': COMMUNE_LINE_COLOR, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 1.5], 'line-dasharray': [3, 2] },
  },
  {
    id: SECTOR_FILL,
    type: 'fill',
    source: 'sectors',
    paint: {
      'fill-color': SECTOR_COLOR,
      'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.45, ['boolean', ['feature-state', 'hover'], false], 0.35, 0.22],
    },
  },
  {
    id: 'sectors-line',
    type: 'line',
    source: 'sectors',
    paint: { 'line-color': SECTOR_COLOR, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2] },
  },
];

/** Adds the base (commune contours, one version's sectors) to a map already loaded. */
export function addBaseLayers(map: MapLibreMap, s: AppState, sectors: readonly SectorFeature[]): void {
  for (const [id, source] of Object.entries(baseSources(s, sectors))) map.addSource(id, source);
  for (const layer of BASE_LAYERS) map.addLayer(layer);
}

export function communeSource(s: AppState): FeatureCollection {
  const pvd = new Set(pvdCommunes(s));
  return {
    type: 'FeatureCollection',
    features: (memberContours(s) ?? []).map((f) => ({ type: 'Feature', properties: { code: f.properties.code, pvd: pvd.has(f.properties.code) }, geometry: f.geometry })),
  };
}

function actionSources(s: AppState): { points: FeatureCollection; areas: FeatureCollection } {
  const props = (id: string, axe: string, statut: string) => ({ id, axe, statut });
  return {
    points: {
      type: 'FeatureCollection',
      features: s.data.actions.features.map((a) => ({
        type: 'Feature',
        properties: props(a.properties.id, a.properties.axe, a.properties.statut),
        geometry: { type: 'Point', coordinates: markerPoint(a) },
      })),
    },
    areas: {
      type: 'FeatureCollection',
      features: s.data.actions.features
        .filter((a) => a.geometry.type === 'Polygon')
        .map((a) => ({ type: 'Feature', properties: props(a.properties.id, a.properties.axe, a.properties.statut), geometry: a.geometry })),
    },
  };
}

/** The actions shown: the legend's axes and statuses; none until the table published today is
 * known (a marker's look says its status, which that table may change). */
export function actionFilter(s: AppState): FilterSpecification {
  if (s.suivi.status === 'pending') return ['==', ['get', 'id'], ''];
  return ['all', ['in', ['get', 'axe'], ['literal', [...s.axes]]], ['in', ['get', 'statut'], ['literal', [...s.statuses]]]];
}

/** The actions' sources again, when the table published today changed them. */
export function updateActionSources(map: MapLibreMap, s: AppState): void {
  const actions = actionSources(s);
  (map.getSource('action-areas') as GeoJSONSource | undefined)?.setData(actions.areas);
  (map.getSource('action-points') as GeoJSONSource | undefined)?.setData(actions.points);
}

/**
 * The main map's whole style: background, base, and the actions. Given to MapLibre at creation,
 * so its worker starts on the sectors with the style (as the fastest bare page does), instead of
 * after the map's `load`.
 */
export function dataStyle(s: AppState, background: string): StyleSpecification {
  const actions = actionSources(s);
  return {
    version: 8,
    sources: {
      ...baseSources(s, currentSectors(s)),
      'action-areas': { type: 'geojson', data: actions.areas, promoteId: 'id' },
      'action-points': { type: 'geojson', data: actions.points, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': background } },
      ...BASE_LAYERS,
      { id: 'action-areas-fill', type: 'fill', source: 'action-areas', filter: actionFilter(s), paint: { 'fill-color': axisColor, 'fill-opacity': 0.25 } },
      {
        id: 'action-areas-line',
        type: 'line',
        source: 'action-areas',
        filter: actionFilter(s),
        paint: { 'line-color': axisColor, 'line-width': 2, 'line-dasharray': [2, 1] },
      },
      {
        id: 'action-points',
        type: 'circle',
        source: 'action-points',
        filter: actionFilter(s),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, ['case', ['boolean', ['feature-state', 'selected'], false], 13, 9]],
          'circle-color': axisColor,
          'circle-opacity': statusValue((m) => m.fillOpacity),
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2.5],
          'circle-stroke-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            '#000000',
            ['match', ['get', 'statut'], 'realisee', STATUS_MARKER.realisee.ring, 'en-cours', STATUS_MARKER['en-cours'].ring, axisColor],
          ],
        },
      },
    ],
  };
}
