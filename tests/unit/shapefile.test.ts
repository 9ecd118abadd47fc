// Zipped shapefiles as GIS offices send them, written by the tests with the app's own export
// (Lambert-93, CC45, Windows-1252 or UTF-8 tables) then changed as real files are (no .prj, an
// unknown .prj, no .cpg), read back by the import: names and areas kept (within 0.5 %).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { area } from '@turf/turf';
import { shapefileZip } from '../../src/geo/shapefile-export';
import { readShapefileZip } from '../../src/geo/shapefile';
import { importSectors, readPerimeterFile } from '../../src/geo/import-sectors';
import { importProblemText } from '../../src/i18n/problems';
import { indexCommunes } from '../../src/geo/commune-of';
import type { SectorCollection } from '../../src/data/schemas';
import { SHARED_COMMUNES } from '../places';
import { square, zipWithTable } from '../shapefiles';
import { projectData } from './helpers';

const data = projectData();
const BOX = data.territory.bbox;
const COMMUNES = indexCommunes(
  JSON.parse(readFileSync(SHARED_COMMUNES, 'utf8')),
  data.territory.communes.map((c) => c.insee),
);
const avenant = data.sectorsByVersion['2024-avenant']!;
/** The project's sectors with names a French GIS table holds: accents, œ, ’, a dash. */
const named: SectorCollection = {
  ...avenant,
  features: avenant.features.map((f, i) => ({ ...f, properties: { ...f.properties, nom: ['Cœur de bourg — l’Église', 'Friches « Péchiney »', 'Quartier de la gare'][i]! } })),
};

async function changed(zip: Uint8Array, change: (z: JSZip) => void): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(zip);
  change(z);
  return z.generateAsync({ type: 'uint8array' });
}

/** A zip through the import: the reading (CRS and how it was found), then the sectors. */
async function imported(zip: Uint8Array) {
  const shapefile = await readShapefileZip(zip);
  if (!shapefile.ok) return { problem: importProblemText('fr', { where: 'file', problem: shapefile.problem }) };
  const file = readPerimeterFile(shapefile.geojson);
  if (!file.ok) return { problem: file.problems.map((p) => importProblemText('fr', p)).join(' ; ') };
  // Checked against the official commune contours, as the app does (a bbox left in metres once put every sector « outside »).
  const result = importSectors(file, BOX, COMMUNES);
  return { detection: file.detection, result };
}

const areaOf = (sectors: SectorCollection) => sectors.features.map((f) => area(f));
const within = (a: readonly number[], b: readonly number[], tolerance = 0.005) => a.every((v, i) => Math.abs(v - b[i]!) / b[i]! < tolerance);

describe('shapefile import (zip)', () => {
  it.each([
    ['Lambert-93', 'lambert93', 'lambert93'],
    ['the conic zone CC45 (EPSG:3945)', 'cc45', 'cc45'],
  ] as const)('in %s: reprojected from its .prj with no question, names and areas kept', async (_name, crs, expected) => {
    const { detection, result } = await imported(await shapefileZip(named, 'perimetre_ort', { crs }));
    expect(detection).toEqual({ crs: expected, from: 'prj' });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.sectors.features.map((f) => [f.properties.id, f.properties.nom])).toEqual(named.features.map((f) => [f.properties.id, f.properties.nom]));
    expect(within(areaOf(result.sectors), areaOf(named))).toBe(true);
  });

  it('a Windows-1252 table with no .cpg (French GIS exports), and a UTF-8 one with its .cpg: names intact', async () => {
    const noCpg = await changed(await shapefileZip(named, 'perimetre_ort'), (z) => z.remove('perimetre_ort.cpg'));
    const utf8 = await shapefileZip(named, 'perimetre_ort', { encoding: 'utf-8' });
    for (const zip of [noCpg, utf8]) {
      const { result } = await imported(zip);
      expect(result?.ok && result.sectors.features.map((f) => f.properties.nom)).toEqual(['Cœur de bourg — l’Église', 'Friches « Péchiney »', 'Quartier de la gare']);
    }
  });

  it('with no .prj: the same question as a Lambert-93 GeoJSON (found from the coordinates)', async () => {
    const zip = await changed(await shapefileZip(named, 'perimetre_ort'), (z) => z.remove('perimetre_ort.prj'));
    expect((await imported(zip)).detection).toEqual({ crs: 'lambert93', from: 'coordinates' });
  });

  it('an unknown .prj is refused, naming it', async () => {
    const utm =
      'PROJCS["WGS_1984_UTM_Zone_31N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],UNIT["Meter",1.0]]';
    const zip = await changed(await shapefileZip(named, 'perimetre_ort'), (z) => z.file('perimetre_ort.prj', utm));
    expect((await imported(zip)).problem).toBe(
      'système de coordonnées « WGS_1984_UTM_Zone_31N » (fichier .prj) non pris en charge : WGS84, Lambert-93 ou coniques CC42 à CC50 attendus ; réexportez le shapefile dans l’un d’eux',
    );
  });

  it('a MultiPolygon with a hole keeps its parts and its hole; a real commune’s contour keeps its area', async () => {
    const communes = JSON.parse(readFileSync(SHARED_COMMUNES, 'utf8')) as {
      features: { properties: { code: string }; geometry: SectorCollection['features'][number]['geometry'] }[];
    };
    const town = communes.features.find((c) => c.properties.code === data.territory.villeCentre.insee)!;
    const holed: SectorCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'deux-parties', nom: 'Deux parties, un trou', description: '', provenance: 'indicatif' },
          geometry: { type: 'MultiPolygon', coordinates: [[square(6.55, 44.79, 0.004), square(6.551, 44.791, 0.001).reverse()], [square(6.56, 44.79, 0.002)]] as never },
        },
        { type: 'Feature', properties: { id: 'commune', nom: 'L’Argentière-la-Bessée', description: '', provenance: 'public' }, geometry: town.geometry },
      ],
    };
    const zip = await shapefileZip(holed, 'secteurs');
    const shapefile = await readShapefileZip(zip);
    const file = shapefile.ok ? readPerimeterFile(shapefile.geojson) : null;
    // Not through importSectors: the commune's contour overlaps the square on purpose.
    const back = file?.ok ? file.raw.features! : [];
    const { reprojectGeometry } = await import('../../src/geo/reproject');
    const sectors = back.map((f) => ({ type: 'Feature' as const, properties: {}, geometry: reprojectGeometry(f.geometry!, 'lambert93') }));
    expect(sectors[0]!.geometry.type).toBe('MultiPolygon');
    expect((sectors[0]!.geometry as { coordinates: unknown[][] }).coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(
      within(
        sectors.map((f) => area(f)),
        holed.features.map((f) => area(f)),
      ),
    ).toBe(true);
  });
});

describe('the field that names the sectors', () => {
  it('is found as a person would (NOM, LIB_SECTEU…), and every candidate is offered when they disagree', async () => {
    // Latin letters only: this table is written without the export's Windows-1252 step.
    const labels = ['Église et place', 'Friches Péchiney', 'Quartier de la gare'];
    const rows = labels.map((label, i) => ({ CODE: `S${i + 1}`, LIB_SECTEU: label, NOM: `Secteur ${i + 1}` }));
    const zip = await zipWithTable(named, rows);
    const first = await readShapefileZip(zip);
    expect(first.ok && first.nameField).toBe('NOM');
    expect(first.ok && first.nameFields).toEqual([
      { field: 'NOM', example: 'Secteur 1' },
      { field: 'LIB_SECTEU', example: 'Église et place' },
    ]);
    const chosen = await readShapefileZip(zip, 'LIB_SECTEU');
    expect(chosen.ok && JSON.parse(chosen.geojson).features.map((f: { properties: { nom: string; id: string } }) => [f.properties.id, f.properties.nom])).toEqual([
      ['s1', 'Église et place'],
      ['s2', 'Friches Péchiney'],
      ['s3', 'Quartier de la gare'],
    ]);
  });
});
