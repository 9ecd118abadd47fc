// « Partager ce brouillon (lien) »: the draft itself in the link's fragment, compressed; copied to
// the clipboard and shown in a field. Too large for a link: the file export is proposed instead.
import { useState } from 'preact/hooks';
import { useStore, useT } from './store-context';
import { MAX_SHARE_LENGTH } from '../data/share-link';

type Outcome =
  | { readonly kind: 'link'; readonly url: string; readonly copied: boolean }
  | { readonly kind: 'too-large'; readonly length: number }
  | { readonly kind: 'unsupported' };

export function ShareDraft({ draftId }: { draftId: string }) {
  const t = useT();
  const store = useStore();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const share = async () => {
    const r = await store.getState().shareDraft(draftId);
    if (!r.ok) return setOutcome(r.reason === 'too-large' ? { kind: 'too-large', length: Number(r.message) } : { kind: 'unsupported' });
    const url = `${window.location.origin}${window.location.pathname}#brouillon=${r.value}`;
    const copied = await (navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    ) ?? Promise.resolve(false));
    setOutcome({ kind: 'link', url, copied });
  };

  return (
    <div class="share-draft">
      <button type="button" class="tool-button" onClick={() => void share()}>
        {t('share.button')}
      </button>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'link' && (
          <>
            <p>{outcome.copied ? t('share.copied', { length: outcome.url.length }) : t('share.notCopied')}</p>
            <label class="field">
              <span>{t('share.field')}</span>
              <input type="text" readOnly value={outcome.url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            </label>
          </>
        )}
        {outcome?.kind === 'too-large' && <p class="notice notice--warning">{t('share.tooLarge', { length: outcome.length, max: MAX_SHARE_LENGTH })}</p>}
        {outcome?.kind === 'unsupported' && <p class="notice notice--warning">{t('share.unsupported')}</p>}
      </div>
    </div>
  );
}
