// Elected officials: indicators for an intercommunal extension (real contours), the CSV reader
// (golden files), the ORT's legal frame in check:data and in drafts, and the extension link.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, pointOnFeature, pointToLineDistance, polygonToLine } from '@turf/turf';
import { communeIndicators, totalsOf } from '../../src/geo/extension';
import { startingSector, communeCentre } from '../../src/geo/commune-centre';
import { indicatorsCsv } from '../../src/geo/extension-csv';
import { readIndicatorCsv, parseNumber } from '../../src/data/indicator-csv';
import { indicatorCsvProblemText, formatDataProblem } from '../../src/i18n/problems';
import { indexCommunes } from '../../src/geo/commune-of';
import { communeContoursSchema } from '../../src/data/schemas';
import { placeActions } from '../../src/geo/place-actions';
import { sectorIndexOf } from '../../src/geo/sector-of';
import { polygonOps } from '../../src/geo/polygon-shares';
import { checkGeoData, isDataWarning } from '../../src/cli/check-geodata';
import { extensionRows, extensionTotals } from '../../src/state/extension-figures';
import { versionSectors } from '../../src/state/versions';
import { draftProblems } from '../../src/state/draft-checks';
import { urlStateOf } from '../../src/state/url';
import { parseUrlState, writeUrlState } from '../../src/state/url-grammar';
import { compareByCommune, compareCsv } from '../../src/state/compare-diff';
import { EPCI_INSEE, FRENCH_DRAFT, fixture, golden, projectData, projectFiles, sharedContours, storeWithContours } from './helpers';

const data = projectData();
const contours = sharedContours();
const index = indexCommunes(contours, EPCI_INSEE, polygonOps);
const members = contours.features.filter((f) => EPCI_INSEE.includes(f.properties.code));
const sectors2024 = data.sectorsByVersion['2024-avenant']!.features;
const placed = placeActions(data.actions, sectorIndexOf(sectors2024).withPolygonOps(polygonOps), index);

const rows = (proposed: string[], imported = null) =>
  communeIndicators({
    communes: data.territory.communes,
    contours: members,
    communeIndex: index,
    townCentre: data.territory.villeCentre.centre,
    townInsee: data.territory.villeCentre.insee,
    actions: data.actions.features,
    actionCommune: (id) => placed[id]?.commune?.insee ?? null,
    sectors: sectors2024,
    signatories: ['05006'],
    proposed,
    imported,
  });

describe('extension indicators (real contours)', () => {
  const all = rows(['05110', '05031']);
  const byCode = new Map(all.map((r) => [r.insee, r]));

  it('takes populations from territory.json and marks each commune’s status', () => {
    for (const c of data.territory.communes) {
      expect([byCode.get(c.insee)!.populationMunicipale, byCode.get(c.insee)!.populationTotale]).toEqual([c.populationMunicipale, c.populationTotale]);
    }
    expect(all.filter((r) => r.status === 'ort').map((r) => r.insee)).toEqual(['05006']);
    expect(
      all
        .filter((r) => r.status === 'proposed')
        .map((r) => r.insee)
        .sort(),
    ).toEqual(['05031', '05110']);
  });

  it('measures areas on the contours and distances to the town centre from the most central point of each contour', () => {
    // L'Argentière-la-Bessée: 64.55 km² (official); the simplified contours stay within 2 %.
    expect(byCode.get('05006')!.areaKm2!).toBeGreaterThan(63.3);
    expect(byCode.get('05006')!.areaKm2!).toBeLessThan(65.9);
    expect(byCode.get('05006')!.areaKm2).toBeCloseTo(area(members.find((f) => f.properties.code === '05006')!.geometry) / 1e6, 1);
    expect(all.every((r) => r.centreFrom === 'interior')).toBe(true); // the reference file has no `centre`
    // The main town has no distance to itself (it read « 7,1 km » from a point inside its contour).
    expect([byCode.get('05006')!.isTown, byCode.get('05006')!.distanceKm]).toEqual([true, null]);
    for (const r of all.filter((x) => !x.isTown)) expect(r.distanceKm!).toBeLessThan(30); // the CC is about 30 km across
    // The fallback centre is the contour's most central point: farther from every edge than Turf's pointOnFeature.
    const contour = members.find((f) => f.properties.code === '05110')!;
    const fromEdges = (at: readonly [number, number]) => pointToLineDistance([at[0], at[1]], polygonToLine(contour.geometry as never) as never, { units: 'kilometers' });
    const central = communeCentre(contour).at;
    const merelyInside = pointOnFeature(contour.geometry).geometry.coordinates as [number, number];
    expect(fromEdges(central)).toBeGreaterThan(fromEdges(merelyInside));
  });

  it('counts actions by status and budgets (known and unknown) from the placed actions', () => {
    const placedIn = (insee: string) => data.actions.features.filter((a) => placed[a.properties.id]?.commune?.insee === insee);
    for (const r of all) {
      const here = placedIn(r.insee);
      expect(r.actionsCount).toBe(here.length);
      expect(Object.values(r.actions).reduce((s, n) => s + n, 0)).toBe(here.length);
      expect(r.unknownBudgets).toBe(here.filter((a) => a.properties.budget === null).length);
      // Unknown is not zero: with no budget known, the known sum is none, not 0 €.
      expect(r.knownBudget).toBe(here.some((a) => a.properties.budget !== null) ? here.reduce((s, a) => s + (a.properties.budget ?? 0), 0) : null);
    }
    expect(byCode.get('05006')!.knownBudget).toBeNull(); // no action of the project has a published budget yet
    expect(all.reduce((s, r) => s + r.actionsCount, 0)).toBe(Object.values(placed).filter((p) => p.commune).length);
    expect(byCode.get('05006')!.sectors).toBe(3);
  });

  it('totals before and after, with the share of the CC’s population', () => {
    const cc = data.territory.epci.populationMunicipale;
    const before = totalsOf(
      all.filter((r) => r.status === 'ort'),
      cc,
    );
    const after = totalsOf(
      all.filter((r) => r.status !== 'other'),
      cc,
    );
    const pop = (codes: string[]) => data.territory.communes.filter((c) => codes.includes(c.insee)).reduce((s, c) => s + c.populationMunicipale, 0);
    expect(before.populationMunicipale).toBe(pop(['05006']));
    expect(after.populationMunicipale).toBe(pop(['05006', '05110', '05031']));
    expect(after.populationShare).toBeCloseTo(pop(['05006', '05110', '05031']) / cc, 10);
    expect(after.communes).toBe(3);
  });

  // Not a golden file: its areas would be derived from the reference contours, which stay out of the repository.
  it('writes the table as CSV: a row per commune, then the totals', () => {
    const cc = data.territory.epci.populationMunicipale;
    const csv = indicatorsCsv(
      all,
      {
        before: totalsOf(
          all.filter((r) => r.status === 'ort'),
          cc,
        ),
        after: totalsOf(
          all.filter((r) => r.status !== 'other'),
          cc,
        ),
      },
      [],
    );
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'code_insee,commune,statut,population_municipale,population_totale,surface_km2,distance_ville_centre_km,centre,actions,actions_programmee,actions_etude,actions_en-cours,actions_realisee,budget_connu_eur,budgets_inconnus,secteurs,secteurs_ha',
    );
    expect(lines).toHaveLength(1 + 8 + 2);
    expect(lines[1]).toMatch(/^05006,L'Argentière-la-Bessée,signataire,2278,2347,\d+\.?\d*,/);
    expect(lines.find((l) => l.startsWith('05110,'))).toMatch(/,proposée,270,274,/);
    expect(lines.at(-1)).toMatch(/^,total après,"3 commune\(s\), 41\.4 % de la population de l'EPCI",2727,2804,/);
  });

  it('uses the official service’s `centre` when the reply has one (fields=centre)', () => {
    const reply = communeContoursSchema.parse(JSON.parse(readFileSync(fixture('in/geo-api-communes-reply.json'), 'utf8')));
    expect(communeCentre(reply.features[0]!)).toEqual({ at: [6.5597, 44.7933], from: 'api' });
    expect(communeCentre(reply.features[1]!).from).toBe('interior');
  });

  it('draws a starting sector around the commune’s centre, counterclockwise, of the chosen radius', () => {
    const centre = communeCentre(members.find((f) => f.properties.code === '05110')!);
    const disc = startingSector(centre.at, 500);
    expect(area(disc)).toBeGreaterThan(0.97 * Math.PI * 500 * 500);
    expect(area(disc)).toBeLessThan(Math.PI * 500 * 500);
    expect(index.locate(disc)?.id).toBe('05110');
  });
});

describe('indicator CSV reader', () => {
  const territory = data.territory.communes.map((c) => c.insee);

  it('reads a Windows-1252 file with ; and decimal commas (golden)', () => {
    const result = readIndicatorCsv(readFileSync(fixture('in/indicateurs-ddt-cp1252.csv')), 'indicateurs-ddt.csv', territory);
    if (!result.ok) throw new Error(result.problems.map((p) => indicatorCsvProblemText('fr', p)).join('\n'));
    expect([result.encoding, result.ignoredColumns, result.otherCommunes]).toEqual(['windows-1252', ['LIBGEO'], 1]);
    expect(result.value.rows['05101']).toEqual({ 'Taux de vacance (%)': 8.1, 'Logements vacants': 96, 'Revenu médian (€)': 21480 }); // "5101": Excel's lost zero
    golden('indicateurs-ddt.json', `${JSON.stringify(result.value, null, 1)}\n`);
  });

  it('rejects a bad file whole, naming each line in French', () => {
    const result = readIndicatorCsv(readFileSync(fixture('in/indicateurs-errones.csv')), 'errones.csv', territory);
    expect(result.ok).toBe(false);
    const lines = !result.ok ? result.problems.map((p) => indicatorCsvProblemText('fr', p)) : [];
    golden('indicateurs-errones.txt', `${lines.join('\n')}\n`);
    expect(lines).toContain('ligne 3, colonne « vacance » : « n.d. » n’est pas un nombre');
    expect(lines).toContain('ligne 4 : le code 05006 figure déjà ligne 2');
    expect(lines).toContain('ligne 5 : code « ABCDE » inconnu (un code INSEE à 5 caractères est attendu)');
  });

  it('says when there is no code column, and reads numbers as officials write them', () => {
    const none = readIndicatorCsv(new TextEncoder().encode('commune;valeur\nX;1\n'), 'x.csv', territory);
    expect(!none.ok && indicatorCsvProblemText('fr', none.problems[0]!)).toBe('aucune colonne de code INSEE (CODGEO, codgeo, code_insee, insee ou code) parmi : commune, valeur');
    expect([parseNumber('1 234,5'), parseNumber('1.234,5'), parseNumber('12.4'), parseNumber('-3'), parseNumber('n.d.'), parseNumber('')]).toEqual([
      1234.5,
      1234.5,
      12.4,
      -3,
      null,
      null,
    ]);
  });
});

describe('the ORT’s legal frame in check:data', () => {
  const withVersions = (change: (v: { versions: { communes: string[] }[] }) => void) => {
    const files = projectFiles();
    const v = JSON.parse(files['versions.json']!);
    change(v);
    return { ...files, 'versions.json': JSON.stringify(v) };
  };
  const messages = (files: Record<string, string>) => checkGeoData(files, { communes: index }).map((p) => formatDataProblem(p));

  it('accepts the project data against the real contours', () => {
    expect(checkGeoData(projectFiles(), { communes: index }).filter((p) => !isDataWarning(p))).toEqual([]);
  });

  it('rejects a sector lying in a commune that does not sign the version', () => {
    const files = projectFiles();
    const sectors = JSON.parse(files['perimetres/2024-avenant.geojson']!);
    // Move « friches-industrielles » into Puy-Saint-Vincent, which signs neither version.
    const [cx, cy] = communeCentre(members.find((f) => f.properties.code === '05110')!).at;
    sectors.features[1].geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [cx - 0.002, cy - 0.002],
          [cx + 0.002, cy - 0.002],
          [cx + 0.002, cy + 0.002],
          [cx - 0.002, cy + 0.002],
          [cx - 0.002, cy - 0.002],
        ],
      ],
    };
    const out = messages({ ...files, 'perimetres/2024-avenant.geojson': JSON.stringify(sectors) });
    expect(out).toContain('perimetres/2024-avenant.geojson [friches-industrielles] : le secteur est surtout dans la commune 05110, qui n’est pas signataire de cette version');
    // Once Puy-Saint-Vincent signs, the same sector is accepted.
    const signed = withVersions((v) => v.versions[1]!.communes.push('05110'));
    expect(messages({ ...signed, 'perimetres/2024-avenant.geojson': JSON.stringify(sectors) }).filter((m) => m.includes('signataire'))).toEqual([]);
  });

  it('rejects a version whose sectors leave out the main town’s centre, and an unknown signatory', () => {
    const files = projectFiles();
    const sectors = JSON.parse(files['perimetres/2023-convention.geojson']!);
    sectors.features = sectors.features.filter((f: { properties: { id: string } }) => f.properties.id !== 'centre-bourg');
    const out = checkGeoData({ ...withVersions((v) => v.versions[0]!.communes.push('75056')), 'perimetres/2023-convention.geojson': JSON.stringify(sectors) }).map((p) =>
      formatDataProblem(p),
    );
    expect(out).toContain('perimetres/2023-convention.geojson : aucun secteur ne contient le centre de la ville principale (05006) : une ORT doit l’inclure');
    expect(out).toContain('versions.json : la commune signataire 75056 n’est pas une commune de l’EPCI');
  });

  it('warns, without rejecting, when a sector spreads over two communes', () => {
    const files = projectFiles();
    const sectors = JSON.parse(files['perimetres/2024-avenant.geojson']!);
    // A band across the border between L'Argentière-la-Bessée and La Roche-de-Rame (signing both).
    const roche = communeCentre(members.find((f) => f.properties.code === '05122')!).at;
    const town = data.territory.villeCentre.centre;
    const [x0, x1] = [Math.min(roche[0], town[0]), Math.max(roche[0], town[0])];
    const [y0, y1] = [Math.min(roche[1], town[1]), Math.max(roche[1], town[1])];
    sectors.features[1].geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0 + 0.001],
          [x1, y0 + 0.001],
          [x1, y1 - 0.001],
          [x0, y1 - 0.001],
          [x0, y0 + 0.001],
        ],
      ],
    };
    const files2 = { ...withVersions((v) => v.versions[1]!.communes.push('05122')), 'perimetres/2024-avenant.geojson': JSON.stringify(sectors) };
    const problems = checkGeoData(files2, { communes: index }).filter((p) => p.featureId === 'friches-industrielles');
    const straddle = problems.find((p) => p.issue.code === 'straddles-communes');
    expect(straddle && isDataWarning(straddle)).toBe(true);
  });
});

describe('extension in the store and the link', () => {
  const withContours = () => storeWithContours(data);

  it('opens from a link, reports unknown codes one by one, and writes the link back', () => {
    const store = withContours();
    store.getState().applyUrl(parseUrlState('?extension=05110,05031,05999,05065'));
    expect(store.getState().extension).toEqual(['05110', '05031']);
    expect(store.getState().notices.map((n) => n.params?.id)).toEqual(['05999', '05065']);
    expect(writeUrlState('', urlStateOf(store.getState()))).toBe('?version=2024-avenant&extension=05110,05031');
    const { after } = extensionTotals(store.getState());
    expect(after.communes).toBe(3);
    store.getState().toggleProposed('05031');
    store.getState().toggleProposed('05006'); // a signatory: cannot be withdrawn
    expect(writeUrlState('', urlStateOf(store.getState()))).toBe('?version=2024-avenant&extension=05110');
  });

  it('a click on the map toggles the commune there while the view is open', () => {
    const store = withContours();
    store.getState().openExtension();
    const centre = communeCentre(members.find((f) => f.properties.code === '05031')!).at;
    store.getState().clickAt(centre);
    expect(store.getState().extension).toEqual(['05031']);
    expect(extensionRows(store.getState()).find((r) => r.insee === '05031')!.status).toBe('proposed');
    store.getState().clickAt(centre);
    expect(store.getState().extension).toEqual([]);
  });

  it('a scenario: signatories, a starting sector per joining commune, and the town centre kept', async () => {
    const store = withContours();
    const id = store.getState().createDraft('2024-avenant', FRENCH_DRAFT, ['05110']);
    expect(store.getState().drafts[0]!.meta.communes).toEqual(['05006', '05110']);
    const sector = await store.getState().addStartingSector(id, '05110', 500, { nom: 'Puy-Saint-Vincent — à délimiter', description: 'cercle' });
    expect(sector).toBe('puy-saint-vincent-a-delimiter');
    expect(draftProblems(store.getState(), id).filter((p) => p.problem.code !== 'straddles-communes')).toEqual([]);
    // Deleting the sector holding the town centre is refused, in words.
    expect(store.getState().removeSector(id, 'centre-bourg')).toBe(false);
    expect(versionSectors(store.getState(), id)!.features.some((f) => f.properties.id === 'centre-bourg')).toBe(true);
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'scenario.centreRequired', params: { sector: 'centre-bourg', commune: "L'Argentière-la-Bessée" } });
    expect(store.getState().removeSector(id, 'gare')).toBe(true);
  });

  it('the change report gains a by-commune part: communes joining, sectors and hectares added per commune', async () => {
    const store = withContours();
    const official = compareByCommune(store.getState(), '2023-convention', '2024-avenant')!;
    expect([official.joining, official.leaving]).toEqual([[], []]);
    expect(official.communes.map((c) => [c.insee, c.sectorsAdded])).toEqual([['05006', ['gare']]]);
    expect(official.communes[0]!.addedHa).toBeGreaterThan(17);
    expect(official.communes[0]!.addedHa).toBeLessThan(19.5);

    const id = store.getState().createDraft('2024-avenant', FRENCH_DRAFT, ['05110']);
    await store.getState().addStartingSector(id, '05110', 500, { nom: 'Puy-Saint-Vincent — à délimiter', description: 'cercle' });
    const scenario = compareByCommune(store.getState(), '2024-avenant', id)!;
    expect(scenario.joining).toEqual(['05110']);
    expect(scenario.communes.map((c) => [c.insee, c.sectorsAdded])).toEqual([['05110', ['puy-saint-vincent-a-delimiter']]]);
    expect(scenario.communes[0]!.addedHa).toBeCloseTo((Math.PI * 500 * 500) / 10_000, 0);
    expect(await compareCsv(store.getState(), '2024-avenant', id)).toContain('commune,05110,Puy-Saint-Vincent,rejoint les signataires');
  });
});

describe('sums of what is known', () => {
  it('add the known amounts, and are none when nothing is known (never a made-up 0)', async () => {
    const { knownSum } = await import('../../src/geo/measure');
    expect([knownSum([null, null]), knownSum([]), knownSum([1000, null, 250]), knownSum([0, null])]).toEqual([null, null, 1250, 0]);
  });
});
