// Taking the map elsewhere: into another website (Intégrer), onto paper (Imprimer), into a COPIL
// sheet (Fiche PDF), or into a GIS (shapefile Lambert-93 of the version shown). Both sheets show the current view: the map, a sector, an extension
// scenario or a comparison. The sheet's code (and jsPDF) loads when asked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MapCapture } from '../state/shape/map-ports';
import type { SheetContent, SheetLabels } from './sheet/content';
import { download, downloadBytes } from './download';
import type { PrintSheet } from './sheet/PrintSheet';
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
  const [printing, setPrinting] = useState<{ content: SheetContent; capture: MapCapture | null; Sheet?: typeof PrintSheet } | null>(null);

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
  const print = async () => {
    try {
      const [prepared, { PrintSheet: Sheet }] = await Promise.all([prepare(), import('./sheet/PrintSheet')]);
      setPrinting({ ...prepared, Sheet });
      setStatus(null);
    } catch (e) {
      failed(e);
    }
  };
  // The sheet goes straight under <body> (the print stylesheet shows it alone), then the browser
  // prints; it leaves the page when printing is over.
  useEffect(() => {
    if (!printing?.Sheet) return;
    const { Sheet } = printing;
    const root = document.body.appendChild(document.createElement('div'));
    root.className = 'print-root';
    render(<Sheet content={printing.content} capture={printing.capture} labels={labels(printing.content)} />, root);
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done, { once: true });
    // Print once the picture is decoded, so that it is on the page.
    void (root.querySelector('img')?.decode() ?? Promise.resolve()).catch(() => undefined).then(() => window.print());
    return () => {
      window.removeEventListener('afterprint', done);
      render(null, root);
      root.remove();
    };
  }, [printing]);

  // One "Partager" button opens the four ways out, so that the tools fit beside the timeline.
  const close = (e: Event) => (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
  const menu: readonly [MessageKey, () => void][] = [
    ['sheet.pdf', () => void pdf()],
    ['sheet.print', () => void print()],
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
