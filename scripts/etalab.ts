// @etalab/decoupage-administratif (dev dependency) as the geodata scripts read it: the package's
// vintage, an EPCI by SIREN, and its communes as territory.json lists them. The 8 MB source stays
// in node_modules; only one EPCI's communes reach a geodata folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface EtalabEpci {
  code: string;
  nom: string;
  populationMunicipale: number;
  populationTotale: number;
  membres: { code: string; nom: string; populationMunicipale: number; populationTotale: number }[];
}
interface EtalabCommune {
  code: string;
  type: string;
  codesPostaux?: string[];
}

const require = createRequire(import.meta.url);
// The package's README pairs each major version with a vintage (« millésime ») of the official data.
const MILLESIME: Record<string, string> = { '6.0.0': 'millésime 2026', '5.3.0': 'millésime 2025', '4.1.0': 'millésime 2024' };

export const etalabVersion = (JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/package.json'), 'utf8')) as { version: string }).version;
export const etalabMillesime = MILLESIME[etalabVersion] ?? `paquet ${etalabVersion}`;
export const etalabSource = `@etalab/decoupage-administratif ${etalabVersion} (data/epci.json, data/communes.json)`;

export function etalabEpci(siren: string): EtalabEpci | undefined {
  return (require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[]).find((e) => e.code === siren);
}

/** The EPCI's communes for territory.json, most populated first; `pvd` marks the Petites Villes de Demain. */
export function territoryCommunes(epci: EtalabEpci, pvd: readonly string[]) {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  return epci.membres
    .map((m) => ({
      insee: m.code,
      nom: m.nom,
      populationMunicipale: m.populationMunicipale,
      populationTotale: m.populationTotale,
      codesPostaux: communes.find((c) => c.code === m.code && c.type === 'commune-actuelle')?.codesPostaux ?? [],
      petiteVilleDeDemain: pvd.includes(m.code),
    }))
    .sort((a, b) => b.populationMunicipale - a.populationMunicipale);
}
