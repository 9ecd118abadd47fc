// The ui slice's keys and actions, as the rest of the app sees them (implemented in ../ui.ts).
import type { Lang } from '../../i18n';

export const BASEMAPS = ['plan-ign', 'ortho', 'neutral'] as const;
export type BasemapId = (typeof BASEMAPS)[number];
type BasemapState = { readonly choice: BasemapId; readonly failed: BasemapId | null };

const VIEWS = ['map', 'list', 'programme', 'accessibilite', 'verifier'] as const;
export type View = (typeof VIEWS)[number];

export interface UiSlice {
  readonly lang: Lang;
  readonly view: View;
  readonly basemap: BasemapState;
  /** Shown inside another site's page (`embed=1`): a compact map, no search nor timeline. */
  readonly embed: boolean;
  setEmbed(embed: boolean): void;
  setLang(lang: Lang): void;
  setView(view: View): void;
  chooseBasemap(id: BasemapId): void;
  /** The basemap in use did not answer: fall back to the neutral background, and say so. */
  basemapFailed(id: BasemapId): void;
}
