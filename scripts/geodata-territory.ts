// Generates geodata/territory.json from @etalab/decoupage-administratif (dev dependency).
// The 8 MB source stays in node_modules; only the 8 communes of the EPCI reach geodata/.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { territorySchema } from '../src/data/schemas';

const EPCI_SIREN = '240500462';
const require = createRequire(import.meta.url);
// The package's README pairs each major version with a vintage (« millésime ») of the official data.
const MILLESIME: Record<string, string> = { '6.0.0': 'millésime 2026', '5.3.0': 'millésime 2025', '4.1.0': 'millésime 2024' };

interface EtalabEpci {
  code: string;
  nom: string;
  populationMunicipale: number;
  populationTotale: number;
  membres: { code: string; nom: string; populationMunicipale: number; populationTotale: number }[];
}
interface EtalabCommune { code: string; type: string; codesPostaux?: string[] }

const pkgVersion = (JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/package.json'), 'utf8')) as { version: string }).version;
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
const epci = epcis.find((e) => e.code === EPCI_SIREN);
if (!epci) throw new Error(`EPCI ${EPCI_SIREN} absent de @etalab/decoupage-administratif`);

const territory = territorySchema.parse({
  appellation: { nom: 'Pays des Écrins', de: 'du Pays des Écrins', dans: 'dans le Pays des Écrins' },
  epci: {
    siren: epci.code,
    nom: 'Communauté de communes du Pays des Écrins',
    nomCourt: epci.nom,
    populationMunicipale: epci.populationMunicipale,
    populationTotale: epci.populationTotale,
  },
  communes: epci.membres
    .map((m) => ({
      insee: m.code,
      nom: m.nom,
      populationMunicipale: m.populationMunicipale,
      populationTotale: m.populationTotale,
      codesPostaux: communes.find((c) => c.code === m.code && c.type === 'commune-actuelle')?.codesPostaux ?? [],
      petiteVilleDeDemain: m.code === '05006',
    }))
    .sort((a, b) => b.populationMunicipale - a.populationMunicipale),
  // Generous box drawn by hand around the EPCI (not derived from any contour file): check:data
  // uses it to catch swapped or non-WGS84 coordinates, not to decide membership.
  bbox: [6.25, 44.6, 6.75, 45.0],
  center: [6.56, 44.7953],
  // The town centre of L'Argentière-la-Bessée (44°47′43″N 6°33′36″E), public encyclopaedic sources.
  villeCentre: { insee: '05006', centre: [6.56, 44.7953], source: 'Coordonnées publiques du centre de la commune (44°47′43″N, 6°33′36″E)', provenance: 'public' },
  source: `@etalab/decoupage-administratif ${pkgVersion} (data/epci.json, data/communes.json)`,
  millesime: MILLESIME[pkgVersion] ?? `paquet ${pkgVersion}`,
  provenance: 'public',
});

writeFileSync(new URL('../geodata/territory.json', import.meta.url), JSON.stringify(territory, null, 2) + '\n');
console.log(`geodata/territory.json : ${territory.communes.length} communes`);
