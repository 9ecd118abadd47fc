// The accessibility statement a public body's site must publish (RGAA 4.1 model): state of
// compliance, what is not accessible and its alternative, how to report a problem, remedies.
import { useEffect, useRef } from 'preact/hooks';
import { useAppState, useStore, useT } from './store-context';
import { link } from '../state/selectors';

/** The Défenseur des droits' online form (RGAA model statement, "Voies de recours"). */
const DEFENSEUR_DES_DROITS_URL = 'https://formulaire.defenseurdesdroits.fr/';

export function AccessibilityStatement() {
  const t = useT();
  const store = useStore();
  const contact = useAppState((s) => link(s.data, 'contact'));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  return (
    <section class="statement" aria-labelledby="statement-title">
      <h2 id="statement-title" tabIndex={-1} ref={headingRef}>
        {t('a11y.title')}
      </h2>
      <p>{t('a11y.commitment')}</p>
      <h3>{t('a11y.stateTitle')}</h3>
      <p>{t('a11y.state')}</p>
      <h3>{t('a11y.testsTitle')}</h3>
      <p>{t('a11y.tests')}</p>
      <h3>{t('a11y.notAccessibleTitle')}</h3>
      <ul>
        <li>{t('a11y.notAccessible.map')}</li>
        <li>{t('a11y.notAccessible.charts')}</li>
        <li>{t('a11y.notAccessible.pdf')}</li>
      </ul>
      <p>
        <button type="button" class="link-button" onClick={() => store.getState().setView('list')}>
          {t('a11y.goToList')}
        </button>
      </p>
      <h3>{t('a11y.contactTitle')}</h3>
      <p>
        {t('a11y.contact')}{' '}
        {contact && (
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.libelle}
          </a>
        )}
      </p>
      <h3>{t('a11y.remediesTitle')}</h3>
      <p>{t('a11y.remedies')}</p>
      <ul>
        <li>
          <a href={DEFENSEUR_DES_DROITS_URL} target="_blank" rel="noopener noreferrer">
            {t('a11y.remedyForm')}
          </a>
        </li>
        <li>{t('a11y.remedyDelegate')}</li>
        <li>{t('a11y.remedyMail')}</li>
      </ul>
    </section>
  );
}
