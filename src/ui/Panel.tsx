// The side panel (a bottom sheet on phones): overview, a sector, an action, or a place outside
// the perimeter. Its heading takes the focus when the selection changes, so keyboard and
// screen-reader users land on what they just opened.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ActionFeature, VersionMeta } from '../data/schemas';
import type { AppState, Selection } from '../state/store';
import {
  actionById,
  actionsInCommune,
  actionsInSector,
  communeAt,
  communeName,
  currentSectors,
  currentVersion,
  introducedBy,
  isActionShown,
  isOrtCommune,
  link,
  nearbyActions,
  oldestVersionId,
  pointAnswers,
  sectorById,
  versionsWithSector,
} from '../state/selectors';
import { formatDistance, formatLatLon } from './format';
import { versionSectors } from '../state/store';
import { ComparePanel } from './Compare';
import { DraftPanel } from './DraftPanel';
import { formatEuros, formatPartialDate } from '../i18n';
import { AxisBadge, MarkerSwatch, ProvenanceNote, StatusBadge } from './badges';
import { useAppState, useStore, useT } from './store-context';

export function Panel() {
  const t = useT();
  const store = useStore();
  const selection = useAppState((s) => s.selection);
  const comparing = useAppState((s) => s.compare !== null);
  const draftId = useAppState((s) => (s.drafts.some((d) => d.meta.id === s.versionId) ? s.versionId : null));
  const editing = !comparing && draftId !== null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (selection.kind === 'none') return;
    }
    headingRef.current?.focus({ preventScroll: true });
  }, [selection]);

  return (
    <aside class={`panel panel--${comparing ? 'compare' : editing ? 'draft' : selection.kind}`} aria-labelledby="panel-heading">
      {comparing && <ComparePanel />}
      {editing && <DraftPanel draftId={draftId} />}
      {!comparing && !editing && selection.kind !== 'none' && (
        <button type="button" class="panel__close" aria-label={t('panel.close')} onClick={() => store.getState().clearSelection()}>
          ×
        </button>
      )}
      {!comparing && !editing && <PanelBody selection={selection} headingRef={headingRef} />}
    </aside>
  );
}

type HeadingRef = { current: HTMLHeadingElement | null };

function Heading({ headingRef, children }: { headingRef: HeadingRef; children: ComponentChildren }) {
  return (
    <h2 id="panel-heading" tabIndex={-1} ref={headingRef}>
      {children}
    </h2>
  );
}

function PanelBody({ selection, headingRef }: { selection: Selection; headingRef: HeadingRef }) {
  switch (selection.kind) {
    case 'none':
      return <Overview headingRef={headingRef} />;
    case 'sector':
      return <SectorDetail id={selection.id} at={selection.at} headingRef={headingRef} />;
    case 'action':
      return <ActionDetail id={selection.id} headingRef={headingRef} />;
    case 'point':
      return <PointCard selection={selection} headingRef={headingRef} />;
    case 'commune':
      return <CommuneDetail insee={selection.insee} headingRef={headingRef} />;
  }
}

function Overview({ headingRef }: { headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const state = useAppState((s) => s);
  const version = currentVersion(state);
  const sectors = currentSectors(state);
  const { programme } = state.data;
  const outside = state.data.actions.features.filter((a) => !state.placements[a.properties.id]?.sectorId && isActionShown(state, a));

  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{t('panel.overview')}</Heading>
      <p class="panel__version">
        {version.label} · {version.acte}
      </p>
      <p>{t('panel.overviewIntro')}</p>
      <p class="indicative">{t('indicative.tracé')}</p>
      <h3>{t('panel.sectors', { count: sectors.length })}</h3>
      <ul class="sector-list">
        {sectors.map((f) => (
          <li key={f.properties.id}>
            <button type="button" class="link-button" onClick={() => store.getState().selectSector(f.properties.id)}>
              {f.properties.nom}
            </button>{' '}
            <span class="muted">{t('panel.actionsCount', { count: actionsInSector(state, f.properties.id).length })}</span>
          </li>
        ))}
      </ul>
      <h3>{t('panel.figures')}</h3>
      <dl class="figures">
        {programme.bilan2026.chiffres.map((c) => (
          <div key={c.id}>
            <dt>{c.libelle}</dt>
            <dd>
              {c.unite === 'EUR' ? formatEuros(lang, c.valeur) : c.unite === '%' ? `${c.valeur} %` : c.valeur} <ProvenanceNote provenance={c.provenance} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('panel.vigilance')}</h3>
      <ul>
        {programme.bilan2026.vigilance.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      <h3>{t('action.outsideSectors', { version: version.label })}</h3>
      <ActionList actions={outside} state={state} showCommune />
    </div>
  );
}

function SectorDetail({ id, at, headingRef }: { id: string; at?: readonly [number, number]; headingRef: HeadingRef }) {
  const t = useT();
  const state = useAppState((s) => s);
  const store = useStore();
  const sector = sectorById(state, id);
  if (!sector) return <Heading headingRef={headingRef}>{t('sector.notInVersion', { id, version: state.versionId })}</Heading>;
  const first = introducedBy(state.data, id);
  const isOriginal = first?.id === oldestVersionId(state);
  const inside = actionsInSector(state, id);
  const shown = inside.filter((a) => isActionShown(state, a));

  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{sector.properties.nom}</Heading>
      {first && (
        <p class="panel__introduced">
          {t(isOriginal ? 'sector.since' : 'sector.introducedBy', { intitule: first.intitule, label: first.label })}
        </p>
      )}
      <p class="muted">{t('sector.inVersions', { labels: versionsWithSector(state.data, id).map((v) => v.label).join(', ') })}</p>
      <p>{sector.properties.description}</p>
      {at && (
        <p>
          <button type="button" class="link-button" onClick={() => store.getState().selectPoint(at)}>
            {t('sector.answerHere')}
          </button>
        </p>
      )}
      <p class="indicative">
        <ProvenanceNote provenance={sector.properties.provenance} /> — {t('indicative.tracé')}
      </p>
      <h3>{t('sector.actions', { count: inside.length })}</h3>
      {inside.length === 0 && <p>{t('sector.noActions')}</p>}
      <ActionList actions={shown} state={state} />
      {shown.length < inside.length && <p class="muted">{t('sector.hiddenByFilters', { count: inside.length - shown.length })}</p>}
    </div>
  );
}

function ActionList({
  actions,
  state,
  showCommune = false,
  distances,
}: {
  actions: readonly ActionFeature[];
  state: AppState;
  showCommune?: boolean;
  distances?: ReadonlyMap<string, number>;
}) {
  const t = useT();
  const store = useStore();
  return (
    <ul class="action-list">
      {actions.map((a) => {
        const p = a.properties;
        const commune = state.placements[p.id]?.commune;
        return (
          <li key={p.id} class="action-item" data-action={p.id}>
            <button type="button" class="action-item__title link-button" aria-label={t('action.open', { title: p.titre })} onClick={() => store.getState().selectAction(p.id)}>
              <MarkerSwatch axis={p.axe} status={p.statut} />
              {p.titre}
            </button>
            <div class="action-item__meta">
              <AxisBadge axis={p.axe} /> <StatusBadge status={p.statut} />
            </div>
            <div class="action-item__meta muted">
              {p.porteur.nom}
              {showCommune && commune ? ` · ${communeName(state, commune)}` : ''}
              {distances?.has(p.id) ? ` · ${formatDistance(t, state.lang, distances.get(p.id)!)}` : ''} · {t('action.budgetLine', { value: p.budget === null ? t('action.budgetUnknown') : formatEuros(state.lang, p.budget) })}
            </div>
            <div class="action-item__meta">
              <ProvenanceNote provenance={p.provenance} parts={p.indicatif} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function ActionDetail({ id, headingRef }: { id: string; headingRef: HeadingRef }) {
  const t = useT();
  const store = useStore();
  const state = useAppState((s) => s);
  const action = actionById(state, id);
  if (!action) return null;
  const p = action.properties;
  const placement = state.placements[id];
  const sector = placement?.sectorId ? sectorById(state, placement.sectorId) : undefined;
  const version = currentVersion(state);
  const communeText =
    state.contours.status !== 'ready' ? t('action.communeUnknown') : placement?.commune ? communeName(state, placement.commune) : t('action.communeOutside');
  const lang = state.lang;

  return (
    <div class="panel__body">
      {sector ? (
        <button type="button" class="link-button panel__back" onClick={() => store.getState().selectSector(sector.properties.id)}>
          ← {t('action.back', { name: sector.properties.nom })}
        </button>
      ) : (
        <button type="button" class="link-button panel__back" onClick={() => store.getState().clearSelection()}>
          ← {t('action.backOverview')}
        </button>
      )}
      <Heading headingRef={headingRef}>{p.titre}</Heading>
      <div class="action-item__meta">
        <AxisBadge axis={p.axe} /> <StatusBadge status={p.statut} />
      </div>
      {p.description && <p>{p.description}</p>}
      <dl class="facts">
        <Fact term={t('action.sector')}>
          {sector ? (
            <button type="button" class="link-button" onClick={() => store.getState().selectSector(sector.properties.id)}>
              {sector.properties.nom}
            </button>
          ) : (
            t('action.outsideSectors', { version: version.label })
          )}
        </Fact>
        <Fact term={t('action.commune')}>{communeText}</Fact>
        <Fact term={t('action.porteur')}>{p.porteur.nom}</Fact>
        <Fact term={t('action.budget')}>{p.budget === null ? t('action.budgetUnknown') : formatEuros(lang, p.budget)}</Fact>
        {p.financement && <Fact term={t('action.financement')}>{p.financement}</Fact>}
        {(p.debut || p.fin) && (
          <Fact term={t('action.dates')}>
            {p.debut && !p.fin ? t('action.since', { date: formatPartialDate(lang, p.debut) }) : [p.debut, p.fin].filter(Boolean).map((d) => formatPartialDate(lang, d!)).join(' – ')}
          </Fact>
        )}
        {p.transitionEcologique && <Fact term={t('legend.transition')}>{t('action.transition')}</Fact>}
        <Fact term={t('action.provenance')}>
          <ProvenanceNote provenance={p.provenance} parts={p.indicatif} />
        </Fact>
        {p.source && <Fact term={t('action.source')}>{p.source}</Fact>}
      </dl>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PointCard({ selection, headingRef }: { selection: Extract<Selection, { kind: 'point' }>; headingRef: HeadingRef }) {
  const t = useT();
  const state = useAppState((s) => s);
  const [copied, setCopied] = useState(false);
  const { lngLat } = selection;
  const answers = pointAnswers(state, lngLat);
  const main = answers[0]!;
  const sectorName = (version: VersionMeta, id: string) => versionSectors(state, version.id)?.features.find((f) => f.properties.id === id)?.properties.nom ?? id;
  const commune = communeAt(state, lngLat);
  const communeLabel = commune ? communeName(state, commune) : null;
  const nearby = nearbyActions(state, lngLat);
  const contact = link(state, 'contact');
  const denormandie = link(state, 'denormandie');
  const renovation = link(state, 'renovation');
  const { answer } = main;

  return (
    <div class="panel__body card">
      <Heading headingRef={headingRef}>{answer.sectorId ? t('card.inside') : t('card.outside')}</Heading>
      <p class="card__place">{selection.label ? t('card.place', { label: selection.label }) : formatLatLon(t, lngLat)}</p>
      {answer.sectorId && <p class="card__sector">{t('card.sector', { name: sectorName(main.version, answer.sectorId) })}</p>}
      <p class="outside__commune">
        {state.contours.status !== 'ready' ? t('card.communeUnknown') : communeLabel ? t('card.commune', { name: communeLabel }) : t('card.noCommune')}
      </p>
      {!answer.sectorId && answer.nearest && (
        <p class="card__distance">{t('card.distance', { distance: formatDistance(t, state.lang, answer.nearest.distanceM), name: sectorName(main.version, answer.nearest.sectorId) })}</p>
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
            {isOrtCommune(state, commune.insee) ? t('card.denormandie', { commune: communeLabel }) : t('card.notOrtCommune', { commune: communeLabel })}
            {isOrtCommune(state, commune.insee) && <OfficialLink link={denormandie} />}
          </li>
        )}
        <li>
          {t('card.opahRu')} <OfficialLink link={renovation} />
        </li>
        <li>
          {t('card.contact')} <OfficialLink link={contact} />
        </li>
      </ul>

      <h3>{t('card.nearby', { count: nearby.length })}</h3>
      {nearby.length === 0 ? <p>{t('card.noNearby')}</p> : <ActionList actions={nearby.map((n) => n.action)} state={state} distances={new Map(nearby.map((n) => [n.action.properties.id, n.distanceM]))} />}

      <p class="card__disclaimer">{t('card.disclaimer')}</p>
      <button
        type="button"
        class="link-button"
        onClick={() => {
          void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {t('card.copyLink')}
      </button>
      <span aria-live="polite" class="muted">
        {copied ? ` ${t('card.linkCopied')}` : ''}
      </span>
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

function CommuneDetail({ insee, headingRef }: { insee: string; headingRef: HeadingRef }) {
  const t = useT();
  const state = useAppState((s) => s);
  const commune = state.data.territory.communes.find((c) => c.insee === insee);
  if (!commune) return null;
  const actions = actionsInCommune(state, insee);
  const shown = actions.filter((a) => isActionShown(state, a));
  return (
    <div class="panel__body">
      <Heading headingRef={headingRef}>{commune.nom}</Heading>
      <p class="panel__introduced">{isOrtCommune(state, insee) ? t('commune.inOrt') : t('commune.notInOrt')}</p>
      <p class="muted">
        {t('commune.population', { count: commune.populationMunicipale.toLocaleString(state.lang === 'fr' ? 'fr-FR' : 'en-GB') })} · <ProvenanceNote provenance={state.data.territory.provenance} />
      </p>
      <h3>{t('commune.actions', { count: actions.length })}</h3>
      {state.contours.status !== 'ready' ? <p>{t('action.communeUnknown')}</p> : actions.length === 0 ? <p>{t('commune.noActions')}</p> : null}
      <ActionList actions={shown} state={state} />
      {shown.length < actions.length && <p class="muted">{t('sector.hiddenByFilters', { count: actions.length - shown.length })}</p>}
    </div>
  );
}
