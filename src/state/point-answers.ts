// What the resident's card says about a place: inside or outside each version that matters, how
// far the nearest sector is, the actions nearby. Turf's distances: loaded with the card.
import { createSelector } from 'reselect';
import type { ActionFeature, VersionMeta } from '../data/schemas';
import { actionsNear, answerAt, type PointAnswer } from '../geo/point-answer';
import { versionInForce } from '../data/geodata';
import { boundsOf, type Bounds } from '../geo/bounds';
import { versionById, versionSectors } from './versions';
import type { AppState } from './app-state';

export interface VersionAnswer {
  readonly version: VersionMeta;
  readonly answer: PointAnswer;
}

/** The answer for the version in force, and for the version shown when it is another one;
 * computed again only when the place or those versions change. */
export const pointAnswers = createSelector(
  [
    (_s: AppState, lngLat: readonly [number, number]) => lngLat,
    (s: AppState) => versionById(s, s.versionId),
    (s: AppState) => versionSectors(s, s.versionId),
    (s: AppState) => versionInForce(s.data),
    (s: AppState) => versionSectors(s, versionInForce(s.data).id),
  ],
  (lngLat, shown, shownSectors, inForce, inForceSectors): readonly VersionAnswer[] => {
    const inForceAnswer = { version: inForce, answer: answerAt(lngLat, inForceSectors?.features ?? []) };
    if (!shown || shown.id === inForce.id) return [inForceAnswer];
    return [{ version: shown, answer: answerAt(lngLat, shownSectors?.features ?? []) }, inForceAnswer];
  },
);

export const nearbyActions = createSelector(
  [(s: AppState) => s.data.actions.features, (_s: AppState, lngLat: readonly [number, number]) => lngLat],
  (actions, lngLat): readonly { action: ActionFeature; distanceM: number }[] => {
    const byId = new Map(actions.map((a) => [a.properties.id, a]));
    return actionsNear(lngLat, actions).map((n) => ({ action: byId.get(n.id)!, distanceM: n.distanceM }));
  },
);

/** What the map frames for a place: the place alone inside a sector; outside, the place and the
 * nearest sector of the version shown together, so that « à 310 m du secteur … » can be seen. */
export function pointFrame(s: AppState, lngLat: readonly [number, number]): Bounds {
  const [x, y] = lngLat;
  const shown = pointAnswers(s, lngLat)[0]!;
  const nearest = shown.answer.sectorId === null ? shown.answer.nearest : null;
  const sector = nearest ? versionSectors(s, shown.version.id)?.features.find((f) => f.properties.id === nearest.sectorId) : undefined;
  const box = sector ? boundsOf([sector.geometry]) : null;
  return box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
}
