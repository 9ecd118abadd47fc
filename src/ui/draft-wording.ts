import type { DraftWording } from '../state/drafts';
import type { Translate } from './store-context';

/** A draft's metadata in the UI's language: the store writes no sentence itself. */
export const draftWording = (t: Translate, label: string): DraftWording => ({
  label,
  intitule: t('draft.intitule', { label }),
  acte: t('draft.acte'),
});
