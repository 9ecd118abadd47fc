// Taking the map elsewhere: into another website (Intégrer), onto paper (Imprimer: the browser's
// print of the view shown, the same as Ctrl+P), into a COPIL sheet (Fiche PDF, of the view shown:
// the map, a sector, an extension scenario or a comparison), or into a GIS (shapefile Lambert-93 of
// the version shown). The sheet's code (and jsPDF) loads when asked.
import { useState } from 'preact/hooks';
import type { SheetContent, SheetLabels } from './sheet/content';
import { download, downloadBytes } from './download';
import { lazyComponent } from './lazy';
import { usePorts } from './ports';
import { useStore, useT } from './store-context';
import type { MessageKey } from '../i18n';

/** The map picture is at least this wide: print resolution for an A4 page. */
const PRINT_WIDTH_PX = 1600;
const EmbedDialog = lazyComponent(async () => (await import('./EmbedDialog')).EmbedDialog);

export function ShareTools() {
  const t = useT();
  const store = useStore();
  const ports = usePorts();
  const [embedding, setEmbedding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const prepare = async () => {
    setStatus(t('sheet.preparing'));
    const [capture, { sheetContent }] = await Promise.all([ports.captureMap(PRINT_WIDTH_PX), import('./sheet/content')]);
    return { capture, content: sheetContent(store.getState(), new Date()) };
  };
  const labels = (content: SheetContent): SheetLabels => ({
    legend: t('sheet.legend'),
    sources: t('sheet.sources'),
    date: t('sheet.date', { date: content.date }),
    north: t('sheet.north'),
    mapAlt: t('sheet.mapAlt'),
    continued: t('sheet.continued', { heading: content.table.heading }),
  });
  const failed = (e: unknown) => {
    // The library's own words go to the console; a chunk that did not load is a network failure.
    console.error(e);
    setStatus(t('sheet.failed', { reason: t(e instanceof TypeError ? 'failure.network' : 'failure.other') }));
  };

  const pdf = async () => {
    try {
      const { capture, content } = await prepare();
      const { sheetPdf } = await import('./sheet/pdf');
      download(`${t('file.sheet')}-${store.getState().versionId}.pdf`, sheetPdf(content, capture, labels(content)), 'application/pdf');
      setStatus(null);
    } catch (e) {
      failed(e);
    }
  };
  // The version shown (or the draft), for the DDT and QGIS.
  const shapefile = async () => {
    try {
      const file = await store.getState().shapefileOf(store.getState().versionId);
      if (file) downloadBytes(file.name, file.zip, 'application/zip');
      store.getState().markExported(store.getState().versionId);
    } catch (e) {
      failed(e);
    }
  };
  // One "Partager" button opens the four ways out, so that the tools fit beside the timeline.
  const close = (e: Event) => (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
  const menu: readonly [MessageKey, () => void][] = [
    ['sheet.pdf', () => void pdf()],
    ['sheet.print', () => window.print()],
    ['embed.open', () => setEmbedding(true)],
    ['shapefile.export', () => void shapefile()],
  ];
  return (
    <>
      <details class="share-menu">
        <summary class="tool-button">{t('share.menu')}</summary>
        <div class="share-menu__items">
          {menu.map(([key, run]) => (
            <button
              key={key}
              type="button"
              class="tool-button"
              onClick={(e) => {
                close(e);
                run();
              }}
            >
              {t(key)}
            </button>
          ))}
        </div>
      </details>
      <span class="sr-only" role="status">
        {status ?? ''}
      </span>
      {status && <span class="share-tools__status muted">{status}</span>}
      {embedding && <EmbedDialog onClose={() => setEmbedding(false)} />}
    </>
  );
}
