// Where each action falls: its commune (on official contours, when available) and its sector in
// one perimeter version. Computed, never typed in data, so a redrawn sector re-attributes actions.
import type { ActionCollection } from '../data/schemas';
import { communeOf, type CommuneIndex, type CommuneRef } from './commune-of';
import { sectorOf, type SectorIndex } from './sector-of';

export interface ActionPlacement {
  readonly sectorId: string | null;
  /** null when the contours are unavailable or the action lies outside every indexed commune. */
  readonly commune: CommuneRef | null;
}

export function placeActions(actions: ActionCollection, sectors: SectorIndex, communes: CommuneIndex | null): Record<string, ActionPlacement> {
  const placements: Record<string, ActionPlacement> = {};
  for (const action of actions.features) {
    placements[action.properties.id] = {
      sectorId: sectorOf(sectors, action.geometry),
      commune: communes ? communeOf(communes, action.geometry) : null,
    };
  }
  return placements;
}
