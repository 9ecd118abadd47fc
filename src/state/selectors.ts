// Views of the state that more than one slice feeds (actions by sector or commune, the answer for
// a place, labels and bounds for the map). Derived on read, memoized on their inputs, so that a
// component re-renders, and Turf runs again, only when what they depend on changes.
import { createSelector } from 'reselect';
import { territoryWordsOf, type TerritoryWords } from '../i18n';
import type { ActionFeature, CommuneContour, Programme, Territory } from '../data/schemas';
import { communeOf, type CommuneRef } from '../geo/commune-of';
import { versionInForce, type GeoData } from '../data/geodata';
import { placements } from './versions';
import type { AppState } from './app-state';

const NONE: readonly ActionFeature[] = [];

export const actionById = (s: AppState, id: string): ActionFeature | undefined => s.data.actions.features.find((f) => f.properties.id === id);

/** Actions grouped by the sector (of the version shown) holding them; key null: outside every sector. */
const actionsBySector = createSelector([(s: AppState) => s.data.actions.features, placements], (actions, placed) => {
  const groups = new Map<string | null, ActionFeature[]>();
  for (const a of actions) {
    const key = placed[a.properties.id]?.sectorId ?? null;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return groups;
});

/** Actions inside a sector of the version shown, as computed by src/geo (not typed in data). */
export const actionsInSector = (s: AppState, sectorId: string): readonly ActionFeature[] => actionsBySector(s).get(sectorId) ?? NONE;

export const actionsOutsideSectors = (s: AppState): readonly ActionFeature[] => actionsBySector(s).get(null) ?? NONE;

const actionsByCommune = createSelector([(s: AppState) => s.data.actions.features, placements], (actions, placed) => {
  const groups = new Map<string, ActionFeature[]>();
  for (const a of actions) {
    const insee = placed[a.properties.id]?.commune?.insee;
    if (insee) groups.set(insee, [...(groups.get(insee) ?? []), a]);
  }
  return groups;
});

export const actionsInCommune = (s: AppState, insee: string): readonly ActionFeature[] => actionsByCommune(s).get(insee) ?? NONE;

/** A commune's current official name from territory.json (contour files may carry older short forms). */
export const communeName = (territory: Territory, commune: { insee: string; nom: string }): string => territory.communes.find((c) => c.insee === commune.insee)?.nom ?? commune.nom;

/** The commune at a place, on the official contours; null when unknown or outside the EPCI. */
export function communeAt(s: AppState, lngLat: readonly [number, number]): CommuneRef | null {
  return s.contours.status === 'ready' ? communeOf(s.contours.index, { type: 'Point', coordinates: [lngLat[0], lngLat[1]] }) : null;
}

/** "Nom (INSEE)": how problems and tables name a commune of the territory. */
export const communeLabelOf =
  (territory: Territory) =>
  (insee: string): string => {
    const nom = territory.communes.find((c) => c.insee === insee)?.nom;
    return nom ? `${nom} (${insee})` : insee;
  };

/** A commune that signs the ORT in force. */
export const isOrtCommune = (data: GeoData, insee: string): boolean => versionInForce(data).communes.includes(insee);

/** The communes of the « Petites Villes de Demain » programme (territory.json says which). */
export const pvdCommunes = (s: AppState): readonly string[] => s.data.territory.communes.filter((c) => c.petiteVilleDeDemain).map((c) => c.insee);

export const link = (data: GeoData, id: 'contact' | 'denormandie' | 'renovation') => data.programme.liens.find((l) => l.id === id);

/** The official contours of the EPCI's communes (a contours file may hold a whole département); null without contours. */
export const memberContours = createSelector([(s: AppState) => s.data.territory.communes, (s: AppState) => s.contours], (communes, contours): readonly CommuneContour[] | null => {
  if (contours.status !== 'ready') return null;
  const members = new Set(communes.map((c) => c.insee));
  return contours.contours.features.filter((f) => members.has(f.properties.code));
});

/** The words that name the territory in sentences ({territory}, {ofTerritory}, examples), from its geodata. */
export const territoryWords = createSelector(
  [(s: AppState) => s.data],
  (data): TerritoryWords =>
    territoryWordsOf(
      data.territory,
      data.versions.map((v) => v.id),
    ),
);

/** The programme's words in the UI's language: the English forms of its steps and its review where
 * the data has them, else the French. */
export const programmeInLang = createSelector([(s: AppState) => s.data.programme, (s: AppState) => s.lang], (p, lang): Programme => {
  if (lang !== 'en') return p;
  const { en } = p.bilan2026;
  return {
    ...p,
    nom: p.en?.nom ?? p.nom,
    pistesExtension: p.pistesExtension.map((piste) => ({ ...piste, label: piste.en?.label ?? piste.label })),
    etapes: p.etapes.map((e) => ({ ...e, titre: e.en?.titre ?? e.titre, resume: e.en?.resume ?? e.resume })),
    bilan2026: {
      ...p.bilan2026,
      chiffres: p.bilan2026.chiffres.map((c) => ({ ...c, libelle: c.en?.libelle ?? c.libelle })),
      vigilance: en && en.vigilance.length === p.bilan2026.vigilance.length ? en.vigilance : p.bilan2026.vigilance,
    },
  };
});
