// Generates geodata/territory.json from @etalab/decoupage-administratif (dev dependency).
// The 8 MB source stays in node_modules; only the 8 communes of the EPCI reach geodata/.
import { writeFileSync } from 'node:fs';
import { territorySchema } from '../src/data/schemas';
import { etalabEpci, etalabMillesime, etalabSource, territoryCommunes } from './etalab';

const EPCI_SIREN = '240500462';
const epci = etalabEpci(EPCI_SIREN);
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
  communes: territoryCommunes(epci, ['05006']),
  // Generous box drawn by hand around the EPCI (not derived from any contour file): check:data
  // uses it to catch swapped or non-WGS84 coordinates, not to decide membership.
  bbox: [6.25, 44.6, 6.75, 45.0],
  center: [6.56, 44.7953],
  // The town centre of L'Argentière-la-Bessée (44°47′43″N 6°33′36″E), public encyclopaedic sources.
  villeCentre: { insee: '05006', centre: [6.56, 44.7953], source: 'Coordonnées publiques du centre de la commune (44°47′43″N, 6°33′36″E)', provenance: 'public' },
  source: etalabSource,
  millesime: etalabMillesime,
  provenance: 'public',
});

writeFileSync(new URL('../geodata/territory.json', import.meta.url), `${JSON.stringify(territory, null, 2)}\n`);
console.log(`geodata/territory.json : ${territory.communes.length} communes`);
