// Places and files both kinds of tests use (unit tests in Node, browser tests), written once.
import { resolve } from 'node:path';

/** Official contours of the 163 communes of Hautes-Alpes, beside the checkout (never copied into it). */
export const SHARED_COMMUNES = resolve(import.meta.dirname, '../../shared/data/communes-05-hautes-alpes.geojson');

/** L'Argentière-la-Bessée's station, in the gare sector of the 2024 avenant: [lon, lat]. */
export const STATION_LNGLAT: [number, number] = [6.5561, 44.7911];
