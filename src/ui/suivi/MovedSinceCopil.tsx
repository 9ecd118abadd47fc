// What moved since the programme's last steering committee (COPIL): each action whose status took
// effect after it, with its date (« passée en cours le 12 mars 2026 »). Programme view, overview.
import { movedSinceCopil } from '../../state/programme';
import { formatPartialDate } from '../../i18n';
import { useAppState, useStore, useT } from '../store-context';

export function MovedSinceCopil({ heading: Heading = 'h3' }: { heading?: 'h3' | 'h4' }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const moved = useAppState(movedSinceCopil);
  // The table published today decides it: nothing until it is known (nor in the build's HTML).
  const pending = useAppState((s) => s.suivi.status === 'pending');
  if (!moved || pending) return null;
  return (
    <div class="moved-since-copil" data-moved={moved.actions.length}>
      <Heading>{t('moved.title', { date: formatPartialDate(lang, moved.copil.date) })}</Heading>
      {moved.actions.length === 0 ? (
        <p class="muted">{t('moved.none')}</p>
      ) : (
        <ul>
          {moved.actions.map((a) => (
            <li key={a.properties.id}>
              <button type="button" class="link-button" onClick={() => store.getState().selectAction(a.properties.id)}>
                {t(`moved.${a.properties.statut}`, { title: a.properties.titre, date: formatPartialDate(lang, a.properties.depuis!) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
