// How the app is shown: language, map or list view, basemap (and which one failed).
import type { Lang } from '../i18n';
import type { SliceContext } from './app-state';
import type { UiSlice } from './shape/ui';
export type { BasemapId, View, UiSlice } from './shape/ui';
export { BASEMAPS } from './shape/ui';

export function createUiSlice({ set, get, services }: SliceContext, lang: Lang): UiSlice {
  return {
    lang,
    view: 'map',
    basemap: { choice: 'plan-ign', failed: null },
    embed: false,
    setEmbed(embed) {
      set({ embed });
    },
    setLang(lang) {
      set({ lang });
      services.rememberLang(lang);
    },
    setView(view) {
      set({ view });
    },
    chooseBasemap(id) {
      set({ basemap: { choice: id, failed: null } });
    },
    basemapFailed(id) {
      if (get().basemap.choice !== id) return;
      set({ basemap: { choice: 'neutral', failed: id } });
      get().reopenNotice('basemap');
    },
  };
}
