// Colours, written once: the map layers and the legend read them here, and the stylesheet gets
// them as CSS custom properties (applyPaletteToDocument), so both always say the same thing.
// Axis colours keep at least 4.5:1 contrast with white text and with the neutral background.
import { AXES } from '../data/vocabulary';
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
/** The PVD town's commune, tinted under the sectors. */
export const PVD_COMMUNE_FILL = '#fff6d8';

/** The extension view: communes that sign the ORT, communes proposed to join (the others stay white). */
// The signatory commune in amber, not the sectors' red: on the sheet's legend both appear.
export const EXTENSION_COLORS = { ort: '#d08c00', proposed: '#1d6586' } as const;

/** The difference map and its legend: added (hatched /), removed (hatched \), unchanged. */
export const DIFF_COLORS = {
  added: '#1b7a34',
  addedPale: '#dff3e4',
  removed: '#b3261e',
  removedPale: '#fbe3e1',
  unchanged: '#8a8a8a',
} as const;

/** The palette as CSS custom properties (--sector, --diff-added, --axis-commerce…). */
function paletteCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {
    '--sector': SECTOR_COLOR,
    '--commune-line': COMMUNE_LINE_COLOR,
    '--neutral-background': NEUTRAL_BACKGROUND,
    '--diff-added': DIFF_COLORS.added,
    '--diff-added-pale': DIFF_COLORS.addedPale,
    '--diff-removed': DIFF_COLORS.removed,
    '--diff-removed-pale': DIFF_COLORS.removedPale,
    '--diff-unchanged': DIFF_COLORS.unchanged,
    '--extension-ort': EXTENSION_COLORS.ort,
    '--extension-proposed': EXTENSION_COLORS.proposed,
  };
  for (const axis of AXES) vars[`--axis-${axis}`] = AXIS_COLORS[axis];
  return vars;
}

/** Gives the stylesheet the palette (CSSOM, so a strict Content-Security-Policy allows it). */
export function applyPaletteToDocument(root: HTMLElement): void {
  for (const [name, value] of Object.entries(paletteCssVariables())) root.style.setProperty(name, value);
}
