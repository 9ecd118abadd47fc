// Search that needs no network: sectors, actions and communes by name, ignoring accents, case
// and apostrophes ("saint etienne" finds "Saint-Étienne").
import type { GeoData } from '../data/geodata';
import type { SectorFeature } from '../data/schemas';

export type LocalHit =
  | { readonly kind: 'sector'; readonly id: string; readonly label: string }
  | { readonly kind: 'action'; readonly id: string; readonly label: string }
  | { readonly kind: 'commune'; readonly id: string; readonly label: string };

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`\-–—_.,;:()«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query must start a word of the name (so "gare" finds "Quartier de la gare"). */
function matches(query: string, name: string): boolean {
  const words = normalize(name).split(' ');
  return normalize(query)
    .split(' ')
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}

export function localSearch(data: GeoData, sectors: readonly SectorFeature[], query: string, limit = 8): LocalHit[] {
  if (normalize(query).length < 2) return [];
  const hits: LocalHit[] = [
    ...data.territory.communes.filter((c) => matches(query, c.nom)).map((c) => ({ kind: 'commune' as const, id: c.insee, label: c.nom })),
    ...sectors.filter((f) => matches(query, f.properties.nom)).map((f) => ({ kind: 'sector' as const, id: f.properties.id, label: f.properties.nom })),
    ...data.actions.features.filter((a) => matches(query, a.properties.titre)).map((a) => ({ kind: 'action' as const, id: a.properties.id, label: a.properties.titre })),
  ];
  return hits.slice(0, limit);
}
