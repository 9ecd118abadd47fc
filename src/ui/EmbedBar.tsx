// The top of an embedded map (embed=1): its title and a way out to the full map, nothing else.
import { fullMapUrl } from './embed';
import { useAppState, useT } from './store-context';

export function EmbedBar() {
  const t = useT();
  // The link follows the view (selection, version) as the visitor changes it.
  useAppState((s) => s.selection);
  useAppState((s) => s.versionId);
  return (
    <header class="embed-bar">
      <p class="embed-bar__title">{t('app.title')}</p>
      <a class="embed-bar__open" href={fullMapUrl(window.location.href)} target="_blank" rel="noopener">
        {t('embed.openFull')}
      </a>
    </header>
  );
}
