// Colours shared by the map layers and the legend, so both always say the same thing.
// Axis colours keep at least 4.5:1 contrast with white text and with the neutral background.
import type { Axis, Status } from '../data/schemas';

export const AXIS_COLORS: Record<Axis, string> = {
  'habitat-logement': '#8e2c84',
  commerce: '#b34700',
  amenagements: '#1d6586',
  mobilite: '#2a6e2e',
};

/** How a status changes an action marker: fill opacity and ring. The text badge always says it too. */
export const STATUS_MARKER: Record<Status, { fillOpacity: number; ring: string }> = {
  programmee: { fillOpacity: 0, ring: 'axis' },
  etude: { fillOpacity: 0.45, ring: 'axis' },
  'en-cours': { fillOpacity: 1, ring: '#ffffff' },
  realisee: { fillOpacity: 1, ring: '#111111' },
};

export const SECTOR_COLOR = '#d1495b';
export const COMMUNE_LINE_COLOR = '#4a4a4a';
export const NEUTRAL_BACKGROUND = '#f3f1ea';
