// npm run geodata:new -- --epci <SIREN> --pvd <INSEE>[,<INSEE>] --out <dir> [--communes <file|url>]
// Scaffolds a complete geodata folder for any EPCI, from @etalab/decoupage-administratif (communes,
// populations with their vintage, postcodes) and the official commune contours (geo.api.gouv.fr by
// default: the PVD towns' centres and the box): territory.json, versions.json with one version
// « projet » holding a starting sector « à délimiter » around each PVD town's centre (the same as
// the extension scenarios'), an empty actions file, a programme.json skeleton and a README telling
// the town what to replace. `npm run check:data -- <dir>` accepts the result.
// Refused with a French message (exit 1, nothing written): an unknown SIREN, a PVD code outside the
// EPCI, an --out folder that exists and is not empty, contours that cannot be read. Usage: exit 2.
import { SUIVI_FILE, writeSuiviTable } from '../src/data/suivi';
import { slug } from '../src/data/ids';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bbox } from '@turf/turf';
import { territorySchema, versionIndexSchema, programmeSchema, sectorCollectionSchema } from '../src/data/schemas';
import { readCommunes } from '../src/cli/read-communes';
import { officialCommunesUrl } from '../src/services/communes';
import { communeCentre, startingSector, STARTING_SECTOR_RADIUS_M } from '../src/geo/commune-centre';
import { etalabEpci, etalabMillesime as millesime, etalabSource, etalabVersion as pkgVersion, territoryCommunes } from './etalab';

const USAGE = 'usage : npm run geodata:new -- --epci <SIREN> --pvd <INSEE>[,<INSEE>] --out <dossier> [--communes <fichier|url>] [--date AAAA-MM-JJ]';
class Refusal extends Error {}

/** « CC du Guillestrois et du Queyras » → « de la CC … », « dans la CC … »: how sentences name it. */
export function appellationOf(nom: string): { nom: string; de: string; dans: string } {
  const feminine = /^(CC|CA|CU|Communauté|Métropole)\b/i.test(nom);
  return { nom, de: feminine ? `de la ${nom}` : `de ${nom}`, dans: feminine ? `dans la ${nom}` : `dans ${nom}` };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function main(): Promise<void> {
  const args = (() => {
    try {
      return parseArgs({
        options: {
          epci: { type: 'string' },
          pvd: { type: 'string' },
          out: { type: 'string' },
          communes: { type: 'string' },
          date: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new Error((e as Error).message.split('. ')[0]);
    }
  })();
  const { values } = args;
  if (values.help) return void console.log(USAGE);
  if (!values.epci || !values.pvd || !values.out) throw new Error('--epci, --pvd et --out sont requis');
  const siren = values.epci.trim();
  const pvd = values.pvd
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const out = values.out;

  if (existsSync(out) && readdirSync(out).length > 0)
    throw new Refusal(`le dossier « ${out} » existe et n'est pas vide : rien n'a été écrit (choisissez un dossier nouveau ou vide).`);
  const epci = etalabEpci(siren);
  if (!/^\d{9}$/.test(siren) || !epci)
    throw new Refusal(
      `EPCI inconnu : « ${siren} » n'est le SIREN d'aucun EPCI de @etalab/decoupage-administratif (${millesime}). Le SIREN a 9 chiffres (annuaire : https://www.banatic.interieur.gouv.fr).`,
    );
  const members = new Map(epci.membres.map((m) => [m.code, m]));
  const outside = pvd.filter((c) => !members.has(c));
  if (pvd.length === 0 || outside.length > 0)
    throw new Refusal(
      `${outside.length ? `commune(s) ${outside.join(', ')} hors de l'EPCI ${epci.nom}` : 'aucune commune PVD donnée'} : --pvd attend le code INSEE de communes membres (${epci.membres.map((m) => `${m.nom} ${m.code}`).join(', ')}).`,
    );

  const source = values.communes ?? officialCommunesUrl(siren);
  const contours = await readCommunes(source);
  if (!contours.ok) throw new Refusal(`contours des communes illisibles (${contours.message}) : ils donnent le centre des villes PVD et l'emprise du territoire.`);
  const memberContours = contours.value.features.filter((f) => members.has(f.properties.code));
  const missing = pvd.filter((c) => !memberContours.some((f) => f.properties.code === c));
  if (missing.length) throw new Refusal(`pas de contour pour ${missing.join(', ')} dans ${source}.`);

  const appellation = appellationOf(epci.nom);
  const [minX, minY, maxX, maxY] = bbox({ type: 'FeatureCollection', features: memberContours });
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const centres = new Map(pvd.map((c) => [c, communeCentre(memberContours.find((f) => f.properties.code === c)!)]));
  const main = centres.get(pvd[0]!)!;
  // --date: the day written in the files (today by default; fixed by the tests to compare outputs).
  const today = values.date && /^\d{4}-\d{2}-\d{2}$/.test(values.date) ? values.date : new Date().toISOString().slice(0, 10);
  const nameOf = (insee: string) => members.get(insee)!.nom;

  const territory = territorySchema.parse({
    appellation,
    epci: { siren, nom: epci.nom, nomCourt: epci.nom, populationMunicipale: epci.populationMunicipale, populationTotale: epci.populationTotale },
    communes: territoryCommunes(epci, pvd),
    // The communes' contours, widened by about 5 km: check:data catches swapped or non-WGS84
    // coordinates with it; membership is decided on the contours themselves.
    bbox: [round(minX - 0.05), round(minY - 0.05), round(maxX + 0.05), round(maxY + 0.05)],
    center: [round(main.at[0]), round(main.at[1])],
    villeCentre: {
      insee: pvd[0],
      centre: [round(main.at[0]), round(main.at[1])],
      source:
        main.from === 'api'
          ? 'Centre de la commune selon geo.api.gouv.fr (champ centre) : à remplacer par le centre-bourg si celui-ci en diffère'
          : 'Point le plus central du contour officiel de la commune : à remplacer par le centre-bourg',
      provenance: 'public',
    },
    source: `${etalabSource} ; contours ${source.startsWith('http') ? 'geo.api.gouv.fr' : 'officiels (fichier)'}`,
    millesime,
    provenance: 'public',
  });

  const sectors = sectorCollectionSchema.parse({
    type: 'FeatureCollection',
    features: pvd.map((insee) => ({
      type: 'Feature',
      properties: {
        id: `centre-${slug(nameOf(insee))}`,
        nom: `${nameOf(insee)} — à délimiter`,
        description: `Secteur de départ « à délimiter » : cercle de ${STARTING_SECTOR_RADIUS_M} m autour du centre de la commune, à remplacer par le tracé du périmètre (carte, « Nouvelle version », puis export).`,
        provenance: 'indicatif',
      },
      geometry: startingSector(centres.get(insee)!.at, STARTING_SECTOR_RADIUS_M),
    })),
  });
  const signatories = pvd.map((c) => `${nameOf(c)} (${c})`).join(', ');
  const versions = versionIndexSchema.parse({
    versions: [
      {
        id: 'projet',
        label: 'Projet de périmètre (à délimiter)',
        intitule: 'le projet de périmètre',
        date: today.slice(0, 7),
        acte: `Projet d'ORT ${appellation.de} : périmètre à délimiter avec ${signatories}.`,
        etat: 'projet',
        communes: pvd,
        file: 'perimetres/projet.geojson',
        provenance: 'indicatif',
      },
    ],
  });
  const programme = programmeSchema.parse({
    nom: `Petites Villes de Demain — Opération de Revitalisation du Territoire ${appellation.de}`,
    source: 'Squelette écrit par npm run geodata:new : à compléter par la commune et l’EPCI',
    pistesExtension: [],
    liens: [],
    etapes: [
      {
        id: 'convention-a-signer',
        date: today.slice(0, 4),
        titre: 'Convention d’ORT à signer',
        resume: `Communes signataires prévues (villes Petites Villes de Demain) : ${signatories}, avec ${appellation.nom} et l’État.`,
        provenance: 'indicatif',
      },
    ],
    bilan2026: { date: today, chiffres: [], vigilance: [] },
  });

  const readme = `# Données de la carte de l'ORT ${appellation.de}

Dossier écrit le ${today} par \`npm run geodata:new -- --epci ${siren} --pvd ${pvd.join(',')}\` à partir de
@etalab/decoupage-administratif ${pkgVersion} (${millesime}) et des contours officiels des communes.
La carte le lit tel quel : \`GEODATA_DIR=<ce dossier> npm start\`, et \`npm run check:data -- <ce dossier>\` le vérifie.

## Ce qui est juste
- \`territory.json\` : les ${territory.communes.length} communes de ${epci.nom}, leurs populations (${millesime}) et codes postaux ;
  la ou les villes Petites Villes de Demain : ${signatories}.

## Ce que la commune remplace
1. \`territory.json\` → \`appellation\` : le nom du territoire tel que la carte l'écrit (« ${appellation.nom} »,
   « les communes ${appellation.de} », « ${appellation.dans} ») ; \`villeCentre.centre\` : le centre-bourg s'il n'est
   pas le centre officiel de la commune (l'ORT doit l'inclure).
2. \`perimetres/projet.geojson\` : les secteurs « à délimiter » sont des cercles de ${STARTING_SECTOR_RADIUS_M} m. Tracez le périmètre
   dans la carte (« Nouvelle version », modification des sommets, export) ou importez celui de votre SIG, puis
   remplacez ce fichier. À la signature, passez la version à \`"etat": "en-vigueur"\` dans \`versions.json\`,
   avec la date et l'intitulé de l'acte.
3. \`actions.geojson\` : l'emplacement de chaque action de l'ORT (un point ou un polygone, avec sa description et sa
   provenance) ; \`suivi.csv\` : le tableau de suivi, une ligne par action (titre, axe, statut, depuis, budget,
   porteur…), que l'équipe du programme tient à jour dans un tableur (voir « Mettre à jour l'avancement » dans le README).
4. \`programme.json\` : les étapes, le bilan chiffré (chaque chiffre avec sa source), les liens officiels
   (\`contact\` : la page de l'équipe Petites Villes de Demain ; \`renovation\`, \`denormandie\`).

Chaque donnée porte sa provenance : \`seed\` (document de la collectivité), \`public\` (source publique),
\`indicatif\` (tracé ou chiffre à confirmer) ; la carte dit quand un tracé ou un chiffre est indicatif.
`;

  mkdirSync(join(out, 'perimetres'), { recursive: true });
  writeFileSync(join(out, 'territory.json'), json(territory));
  writeFileSync(join(out, 'versions.json'), json(versions));
  writeFileSync(join(out, 'perimetres/projet.geojson'), json(sectors));
  writeFileSync(join(out, 'actions.geojson'), json({ type: 'FeatureCollection', features: [] }));
  writeFileSync(join(out, SUIVI_FILE), writeSuiviTable({ type: 'FeatureCollection', features: [] }));
  writeFileSync(join(out, 'programme.json'), json(programme));
  writeFileSync(join(out, 'README.md'), readme);
  console.log(
    `geodata:new : ${out} écrit (${territory.communes.length} communes de ${epci.nom}, ${pvd.length} ${pvd.length > 1 ? 'villes' : 'ville'} PVD). Vérifiez-le : npm run check:data -- ${out}`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof Refusal) {
    console.error(`geodata:new : ${e.message}`);
    process.exit(1);
  }
  console.error(`geodata:new : ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
});
