// Editing a draft's sectors on the main map with terra-draw and its MapLibre adapter: move, add or
// delete vertices (select mode), draw a new sector (polygon mode). The store keeps the truth and
// the undo history; terra-draw only holds what is on screen and reports each finished gesture.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Polygon } from 'geojson';
import type { SectorCollection, SectorFeature } from '../data/schemas';
import type { AppStore } from '../state/app-state';
import { versionSectors } from '../state/versions';
import { isEditable } from '../state/draft-size';

export interface DraftEditorHandle {
  destroy(): void;
}

function toTerra(sectors: SectorCollection): GeoJSONStoreFeatures[] {
  return sectors.features
    .filter((f): f is SectorFeature & { geometry: Polygon } => f.geometry.type === 'Polygon')
    .filter((f) => isEditable(f))
    .map((f) => ({ id: f.properties.id, type: 'Feature', geometry: f.geometry, properties: { mode: 'polygon' } }) as GeoJSONStoreFeatures);
}

export function mountDraftEditor(map: MapLibreMap, store: AppStore, draftId: string): DraftEditorHandle {
  const sectorsNow = () => versionSectors(store.getState(), draftId);
  const nextId = () => {
    const taken = new Set([...(sectorsNow()?.features.map((f) => f.properties.id) ?? []), ...draw.getSnapshot().map((f) => String(f.id))]);
    let n = 1;
    while (taken.has(`secteur-${n}`)) n++;
    return `secteur-${n}`;
  };
  const draw: TerraDraw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => nextId() },
    modes: [
      new TerraDrawSelectMode({
        flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
      }),
      new TerraDrawPolygonMode(),
    ],
  });
  draw.start();

  // The collection we last wrote to the store: when the store holds another one (undo, redo, a
  // field edited in the panel), the screen is redrawn from the store.
  let written: SectorCollection | undefined;
  const load = (sectors: SectorCollection | undefined) => {
    written = sectors;
    // clear(), not removeFeatures(all ids): a selected sector's guidance points (vertices, midpoints)
    // are in the snapshot too and go with its deselection, so removing them one by one threw « No
    // feature with id … » half-way (after an undo, the moved outline stayed and « Rétablir » did
    // not light up).
    draw.clear();
    if (sectors) draw.addFeatures(toTerra(sectors));
  };
  load(sectorsNow());
  draw.setMode(store.getState().drawMode === 'draw' ? 'polygon' : 'select');

  draw.on('finish', (id) => {
    const current = sectorsNow();
    const feature = draw.getSnapshotFeature(id);
    if (!current || !feature || feature.geometry.type !== 'Polygon') return;
    const geometry = feature.geometry as SectorFeature['geometry'];
    const exists = current.features.some((f) => f.properties.id === id);
    const features = exists
      ? current.features.map((f) => (f.properties.id === id ? { ...f, geometry } : f))
      : [...current.features, { type: 'Feature' as const, properties: { id: String(id), nom: '', description: '', provenance: 'indicatif' as const }, geometry }];
    written = { type: 'FeatureCollection', features };
    store.getState().editDraft(draftId, written);
    if (!exists) store.getState().setDrawMode('select');
  });

  const unsubscribe = store.subscribe((next, prev) => {
    const sectors = versionSectors(next, draftId);
    if (sectors !== written && sectors !== versionSectors(prev, draftId)) load(sectors);
    if (next.drawMode !== prev.drawMode) draw.setMode(next.drawMode === 'draw' ? 'polygon' : 'select');
  });
  // An outward signal only (browser tests wait on it); map-view reads the store, not this.
  map.getContainer().dataset.editing = draftId;

  return {
    destroy() {
      unsubscribe();
      draw.stop();
      delete map.getContainer().dataset.editing;
    },
  };
}
