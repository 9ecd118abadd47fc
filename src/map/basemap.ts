// Puts a basemap under the project's layers, and falls back to the neutral background when its
// style or its tiles do not answer (offline, blocked, service down).
import type { Map as MapLibreMap, MapSourceDataEvent, ErrorEvent, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapId } from '../state/ui';
import type { BasemapStyle } from '../data/basemap-style';
import type { Result } from '../data/result';

export type LoadBasemap = (id: Exclude<BasemapId, 'neutral'>, signal: AbortSignal) => Promise<Result<BasemapStyle>>;

const PREFIX = 'bm-';
const FIRST_DATA_LAYER = 'communes-fill';

function removeBasemap(map: MapLibreMap): void {
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(PREFIX)) map.removeLayer(layer.id);
  for (const source of Object.keys(map.getStyle().sources)) if (source.startsWith(PREFIX)) map.removeSource(source);
}

export async function applyBasemap(map: MapLibreMap, choice: BasemapId, load: LoadBasemap, signal: AbortSignal, onFailure: () => void): Promise<void> {
  removeBasemap(map);
  if (choice === 'neutral') return;
  const style = await load(choice, signal);
  if (signal.aborted) return;
  if (!style.ok) {
    onFailure();
    return;
  }
  if (style.value.glyphs) map.setGlyphs(style.value.glyphs);
  if (style.value.sprite) map.setSprite(style.value.sprite as Parameters<MapLibreMap['setSprite']>[0]);
  for (const [id, source] of Object.entries(style.value.sources)) map.addSource(PREFIX + id, source as unknown as SourceSpecification);
  for (const layer of style.value.layers) {
    const spec = { ...layer, id: PREFIX + layer.id } as Record<string, unknown>;
    if (typeof layer.source === 'string') spec.source = PREFIX + layer.source;
    if (layer.type === 'background') continue;
    map.addLayer(spec as unknown as LayerSpecification, FIRST_DATA_LAYER);
  }

  // A basemap whose first tiles all fail is unusable: fall back. Later single-tile errors are ignored.
  let loadedTiles = 0;
  let failures = 0;
  const onData = (e: MapSourceDataEvent) => {
    if (e.sourceId?.startsWith(PREFIX) && e.tile) loadedTiles++;
  };
  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    if (!e.sourceId?.startsWith(PREFIX) || loadedTiles > 0 || signal.aborted) return;
    if (++failures >= 2) {
      cleanup();
      onFailure();
    }
  };
  const cleanup = () => {
    map.off('sourcedata', onData);
    map.off('error', onError);
  };
  map.on('sourcedata', onData);
  map.on('error', onError);
  signal.addEventListener('abort', cleanup, { once: true });
}
