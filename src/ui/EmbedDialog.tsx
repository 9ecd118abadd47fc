// "Intégrer": the iframe code of the map for the town's or the CC's website, with its options,
// copied to the clipboard with a message.
import { useEffect, useRef, useState } from 'preact/hooks';
import { embedCode, embedUrl } from './embed';
import { useT } from './store-context';

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [keepView, setKeepView] = useState(true);
  const [fullWidth, setFullWidth] = useState(true);
  const [width, setWidth] = useState(800);
  const [height, setHeight] = useState(600);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => ref.current?.showModal?.(), []);

  const code = embedCode({ src: embedUrl(window.location.href, keepView), title: t('embed.iframeTitle'), width: fullWidth ? null : width, height });
  const copy = () => {
    if (!navigator.clipboard) return setCopied('no');
    navigator.clipboard.writeText(code).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  const size = (value: string, fallback: number) => Math.min(4000, Math.max(200, Number.parseInt(value, 10) || fallback));

  return (
    <dialog ref={ref} class="embed-dialog" aria-labelledby="embed-title" onClose={onClose}>
      <h2 id="embed-title">{t('embed.title')}</h2>
      <p>{t('embed.help')}</p>
      <label class="legend__item">
        <input type="checkbox" checked={keepView} onChange={() => setKeepView(!keepView)} /> {t('embed.keepView')}
      </label>
      <label class="legend__item">
        <input type="checkbox" checked={fullWidth} onChange={() => setFullWidth(!fullWidth)} /> {t('embed.fullWidth')}
      </label>
      <div class="embed-dialog__sizes">
        <label class="field">
          <span>{t('embed.width')}</span>
          <input
            type="number"
            min={200}
            max={4000}
            step={10}
            value={width}
            disabled={fullWidth}
            onChange={(e) => setWidth(size((e.currentTarget as HTMLInputElement).value, 800))}
          />
        </label>
        <label class="field">
          <span>{t('embed.height')}</span>
          <input type="number" min={200} max={4000} step={10} value={height} onChange={(e) => setHeight(size((e.currentTarget as HTMLInputElement).value, 600))} />
        </label>
      </div>
      <label class="field">
        <span>{t('embed.code')}</span>
        <textarea class="embed-dialog__code" readOnly rows={4} value={code} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      </label>
      <p role="status" class="embed-dialog__status">
        {copied === 'yes' ? t('embed.copied') : copied === 'no' ? t('embed.copyFailed') : ''}
      </p>
      <div class="import-dialog__buttons">
        <button type="button" class="tool-button" onClick={copy}>
          {t('embed.copy')}
        </button>
        <button type="button" class="tool-button" onClick={() => ref.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
    </dialog>
  );
}
