// MapLibre as the app uses it: ES module with its worker served by Vite (v6 needs the worker URL,
// otherwise every map fails with "Worker failed to load"). Every map module imports it from here.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
