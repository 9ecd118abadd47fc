// "Is my home inside?": the answer card for a place (address, click, coordinates, position).
import { useState } from 'preact/hooks';
import type { VersionMeta } from '../data/schemas';
import type { Selection } from '../state/selection';
import { versionSectors } from '../state/versions';
import { communeAt, communeName, isOrtCommune, link } from '../state/selectors';
import { nearbyActions, pointAnswers } from '../state/point-answers';
import { formatDistance, formatLatLon } from './format';
import { ActionList } from './ActionList';
import { FrenchOnlyNote } from './badges';
import { Heading, type HeadingRef } from './Heading';
import { useAppState, useT } from './store-context';

export function PointCard({ selection, headingRef }: { selection: Extract<Selection, { kind: 'point' }>; headingRef: HeadingRef }) {
  const t = useT();
  const { lngLat } = selection;
  const lang = useAppState((s) => s.lang);
  const answers = useAppState((s) => pointAnswers(s, lngLat));
  const commune = useAppState((s) => communeAt(s, lngLat));
  const contours = useAppState((s) => s.contours.status);
  const contoursReady = contours === 'ready';
  const nearby = useAppState((s) => nearbyActions(s, lngLat));
  // After « Copier le lien »: copied, or (no clipboard: an http page, a refusal) the link to copy by hand.
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const data = useAppState((s) => s.data);
  const drafts = useAppState((s) => s.drafts);
  const main = answers[0]!;
  const sectorName = (version: VersionMeta, id: string) => versionSectors({ data, drafts }, version.id)?.features.find((f) => f.properties.id === id)?.properties.nom ?? id;
  const communeLabel = commune ? communeName(data.territory, commune) : null;
  const ort = commune ? isOrtCommune(data, commune.insee) : false;
  const { answer } = main;

  return (
    <div class="panel__body card">
      <Heading headingRef={headingRef}>{answer.sectorId ? t('card.inside') : t('card.outside')}</Heading>
      <p class="card__place">{selection.label ? t('card.place', { label: selection.label }) : formatLatLon(t, lngLat)}</p>
      {answer.sectorId && <p class="card__sector">{t('card.sector', { name: sectorName(main.version, answer.sectorId) })}</p>}
      <p class="outside__commune">
        {contours === 'loading'
          ? t('card.communeLoading')
          : !contoursReady
            ? t('card.communeUnknown')
            : communeLabel
              ? t('card.commune', { name: communeLabel })
              : t('card.noCommune')}
      </p>
      {!answer.sectorId && answer.nearest && (
        <p class="card__distance">{t('card.distance', { distance: formatDistance(t, lang, answer.nearest.distanceM), name: sectorName(main.version, answer.nearest.sectorId) })}</p>
      )}
      {answer.nearBoundary && <p class="card__boundary">{t('card.boundary')}</p>}
      {answers.length > 1 && (
        <ul class="card__versions">
          {answers.map(({ version, answer: a }) => (
            <li key={version.id}>
              {t('card.inVersion', { version: version.label, verdict: a.sectorId ? t('card.verdictInside', { name: sectorName(version, a.sectorId) }) : t('card.verdictOutside') })}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('card.meaning')}</h3>
      <ul class="card__meaning">
        {commune && communeLabel && (
          <li>
            {ort ? t('card.denormandie', { commune: communeLabel }) : t('card.notOrtCommune', { commune: communeLabel })}
            {ort && <OfficialLink link={link(data, 'denormandie')} />}
          </li>
        )}
        <li>
          {t('card.opahRu')} <OfficialLink link={link(data, 'renovation')} />
        </li>
        <li>
          {t('card.contact')} <OfficialLink link={link(data, 'contact')} />
        </li>
      </ul>

      <h3>{t('card.nearby', { count: nearby.length })}</h3>
      {nearby.length === 0 ? (
        <p>{t('card.noNearby')}</p>
      ) : (
        <>
          <ActionList actions={nearby.map((n) => n.action)} distances={new Map(nearby.map((n) => [n.action.properties.id, n.distanceM]))} />
          <FrenchOnlyNote />
        </>
      )}

      <p class="card__disclaimer">{t('card.disclaimer')}</p>
      <p class="print-only card__url">{t('card.onPaper', { url: window.location.href })}</p>
      <button
        type="button"
        class="link-button card__copy"
        onClick={() => {
          const written = navigator.clipboard ? navigator.clipboard.writeText(window.location.href) : Promise.reject(new Error('no clipboard'));
          void written.then(
            () => setCopied('copied'),
            () => setCopied('failed'),
          );
        }}
      >
        {t('card.copyLink')}
      </button>
      <p aria-live="polite" class="card__copied">
        {copied === 'copied' && t('card.linkCopied')}
        {copied === 'failed' && (
          <label>
            {t('card.copyByHand')} <input type="text" readOnly value={window.location.href} onFocus={(e) => e.currentTarget.select()} class="card__link" />
          </label>
        )}
      </p>
    </div>
  );
}

/** A link to an official page (programme.json `liens`), opened in a new tab. */
function OfficialLink({ link }: { link: { url: string; libelle: string } | undefined }) {
  return link ? (
    <>
      {' '}
      <a href={link.url} target="_blank" rel="noopener noreferrer">
        {link.libelle}
      </a>
    </>
  ) : null;
}
