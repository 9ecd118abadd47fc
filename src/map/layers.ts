// Sources and layers of the project's data, styled from feature properties and feature-state
// (hover, selected) rather than many filtered layers.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { AXES, STATUSES } from '../data/vocabulary';
import type { ActionFeature, SectorFeature } from '../data/schemas';
import type { AppState } from '../state/app-state';
import { currentSectors } from '../state/versions';
import { memberContours, pvdCommunes } from '../state/selectors';
import { markerPoint } from '../state/map-selectors';
import { AXIS_COLORS, COMMUNE_LINE_COLOR, EXTENSION_COLORS, PVD_COMMUNE_FILL, SECTOR_COLOR, STATUS_MARKER } from '../style/palette';

export const SECTOR_FILL = 'sectors-fill';
/** The layers a click on an action hits. */
export const ACTION_LAYERS = ['action-areas-fill', 'action-points'] as const;
/** The layers the legend's filters and the table's arrival change. */
const FILTERED_ACTION_LAYERS = ['action-areas-fill', 'action-areas-line', 'action-points'] as const;

/**
 * The main map's one source: commune contours, the version's sectors, the actions' areas and
 * markers, each feature with its `kind`. One source is one set of tiles, made by MapLibre's worker
 * in one pass and drawn together, instead of four sets arriving one after the other (and one
 * update when the store's data change, instead of up to four).
 */
export const DATA_SOURCE = 'ort';
type Kind = 'commune' | 'sector' | 'area' | 'point';
/** A feature's id in the data source (for feature-state): unique across kinds. */
export const featureId = (kind: Kind, id: string): string => `${kind}:${id}`;
const ofKind = (kind: Kind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

// Built from the palette; the spread defeats the tuple typing of 'match', hence the cast.
const axisColor = ['match', ['get', 'axe'], ...AXES.flatMap((a) => [a, AXIS_COLORS[a]]), '#555555'] as unknown as ExpressionSpecification;
const statusValue = (pick: (s: (typeof STATUS_MARKER)[keyof typeof STATUS_MARKER]) => number | string): ExpressionSpecification =>
  ['match', ['get', 'statut'], ...STATUSES.flatMap((s) => [s, pick(STATUS_MARKER[s])]), 0] as unknown as ExpressionSpecification;

function sectorFeatures(sectors: readonly SectorFeature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: sectors.map((f) => ({ type: 'Feature', properties: { id: f.properties.id, nom: f.properties.nom }, geometry: f.geometry })) };
}

/** Commune contours and one version's sectors: the base of every map of the app. */
function baseSources(s: AppState, sectors: readonly SectorFeature[]): Record<string, SourceSpecification> {
  return {
    communes: { type: 'geojson', data: communeFeatures(s), promoteId: 'code' },
    sectors: { type: 'geojson', data: sectorFeatures(sectors), promoteId: 'id' },
  };
}

// Fills are not antialiased (`fill-antialias: false`): each has its outline drawn over its edge by a
// line layer, and an antialiased fill is a second shader program and a second pass a layer — on a
// phone, every program is compiled in the frame that first draws it.
// feature-state `extension`: 'ort' | 'proposed' while the extension view is open (set by map-view).
const extension = ['coalesce', ['feature-state', 'extension'], 'none'] as unknown as ExpressionSpecification;
/** Where a kind of feature is: its own source (the comparison's maps), or the data source filtered. */
type Place = (kind: 'commune' | 'sector') => { source: string; filter?: FilterSpecification };
const baseLayers = (place: Place): LayerSpecification[] => [
  {
    id: 'communes-fill',
    type: 'fill',
    ...place('commune'),
    paint: {
      'fill-antialias': false,
      'fill-color': ['match', extension, 'ort', EXTENSION_COLORS.ort, 'proposed', EXTENSION_COLORS.proposed, ['case', ['get', 'pvd'], PVD_COMMUNE_FILL, '#ffffff']],
      'fill-opacity': ['match', extension, 'ort', 0.45, 'proposed', 0.45, 'other', 0.05, 0.35],
    },
  },
  {
    id: 'communes-line',
    type: 'line',
    ...place('commune'),
    paint: { 'line-color': COMMUNE_LINE_COLOR, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 1.5], 'line-dasharray': [3, 2] },
  },
  {
    id: SECTOR_FILL,
    type: 'fill',
    ...place('sector'),
    paint: {
      'fill-antialias': false,
      'fill-color': SECTOR_COLOR,
      'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.45, ['boolean', ['feature-state', 'hover'], false], 0.35, 0.22],
    },
  },
  {
    id: 'sectors-line',
    type: 'line',
    ...place('sector'),
    paint: { 'line-color': SECTOR_COLOR, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2] },
  },
];

/** Adds the base (commune contours, one version's sectors) to a map already loaded. */
export function addBaseLayers(map: MapLibreMap, s: AppState, sectors: readonly SectorFeature[]): void {
  for (const [id, source] of Object.entries(baseSources(s, sectors))) map.addSource(id, source);
  for (const layer of baseLayers((kind) => ({ source: kind === 'commune' ? 'communes' : 'sectors' }))) map.addLayer(layer);
}

function communeFeatures(s: AppState): FeatureCollection {
  const pvd = new Set(pvdCommunes(s));
  return {
    type: 'FeatureCollection',
    features: (memberContours(s) ?? []).map((f) => ({ type: 'Feature', properties: { code: f.properties.code, pvd: pvd.has(f.properties.code) }, geometry: f.geometry })),
  };
}

/** The data source's features: what the store holds now, each with its kind and its id. */
export function dataFeatures(s: AppState): FeatureCollection {
  const tagged = (kind: Kind, id: string, properties: Record<string, unknown>, geometry: Geometry): Feature => ({
    type: 'Feature',
    properties: { ...properties, kind, fid: featureId(kind, id) },
    geometry,
  });
  const action = (a: ActionFeature) => ({ id: a.properties.id, axe: a.properties.axe, statut: a.properties.statut });
  return {
    type: 'FeatureCollection',
    features: [
      ...communeFeatures(s).features.map((f) => tagged('commune', String(f.properties?.code), f.properties ?? {}, f.geometry)),
      ...sectorFeatures(currentSectors(s)).features.map((f) => tagged('sector', String(f.properties?.id), f.properties ?? {}, f.geometry)),
      ...s.data.actions.features.filter((a) => a.geometry.type === 'Polygon').map((a) => tagged('area', a.properties.id, action(a), a.geometry)),
      ...s.data.actions.features.map((a) => tagged('point', a.properties.id, action(a), { type: 'Point', coordinates: markerPoint(a) })),
    ],
  };
}

/** The actions shown: the legend's axes and statuses; none until the table published today is
 * known (a marker's look says its status, which that table may change). */
function actionFilter(s: AppState, kind: 'area' | 'point'): FilterSpecification {
  if (s.suivi.status === 'pending') return ['==', ['get', 'kind'], 'none'];
  return ['all', ofKind(kind), ['in', ['get', 'axe'], ['literal', [...s.axes]]], ['in', ['get', 'statut'], ['literal', [...s.statuses]]]];
}

/** The action layers' filters again (the legend's choices, the table's arrival). */
export function updateActionFilters(map: MapLibreMap, s: AppState): void {
  for (const layer of FILTERED_ACTION_LAYERS) map.setFilter(layer, actionFilter(s, layer === 'action-points' ? 'point' : 'area'));
}

/**
 * The main map's whole style: background, base, and the actions, from one source. Given to
 * MapLibre at creation, so its worker starts on the data with the style (as the fastest bare page
 * does), instead of after the map's `load`.
 */
export function dataStyle(s: AppState, background: string): StyleSpecification {
  return {
    version: 8,
    sources: { [DATA_SOURCE]: { type: 'geojson', data: dataFeatures(s), promoteId: 'fid' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': background } },
      ...baseLayers((kind) => ({ source: DATA_SOURCE, filter: ofKind(kind) })),
      {
        id: 'action-areas-fill',
        type: 'fill',
        source: DATA_SOURCE,
        filter: actionFilter(s, 'area'),
        paint: { 'fill-antialias': false, 'fill-color': axisColor, 'fill-opacity': 0.25 },
      },
      {
        id: 'action-areas-line',
        type: 'line',
        source: DATA_SOURCE,
        filter: actionFilter(s, 'area'),
        paint: { 'line-color': axisColor, 'line-width': 2, 'line-dasharray': [2, 1] },
      },
      {
        id: 'action-points',
        type: 'circle',
        source: DATA_SOURCE,
        filter: actionFilter(s, 'point'),
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
