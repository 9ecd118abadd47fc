// The top of an embedded map (embed=1): its title and a way out to the full map, nothing else.
import { urlStateOf } from '../state/url';
import { writeUrlState } from '../state/url-grammar';
import { useAppState, useT } from './store-context';

export function EmbedBar() {
  const t = useT();
  // The full map's link shows what the visitor is looking at (version, selection…), without embed=1;
  // the map's own view (#map=…) comes with it.
  const search = useAppState((s) => writeUrlState('', { ...urlStateOf(s), embed: null }));
  return (
    <header class="embed-bar">
      <p class="embed-bar__title">{t('app.title')}</p>
      <a class="embed-bar__open" href={`${window.location.origin}${window.location.pathname}${search}${window.location.hash}`} target="_blank" rel="noopener">
        {t('embed.openFull')}
      </a>
    </header>
  );
}
