import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diffVersions, isEmptyDiff } from '../../src/geo/diff-versions';
import { diffToCsv } from '../../src/geo/diff-csv';
import type { ActionFeature, SectorCollection } from '../../src/data/schemas';
import { fixture, golden, projectData } from './helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;
const a = read<SectorCollection>('in/diff/version-a.geojson');
const b = read<SectorCollection>('in/diff/version-b.geojson');
const actions = read<{ features: ActionFeature[] }>('in/diff/actions.geojson').features;

describe('diffVersions on fixtures', () => {
  const diff = diffVersions(a, b, actions);

  it('classifies each sector: unchanged, reshaped, a filled hole, a MultiPolygon, removed, added', () => {
    expect(diff.sectors.map((s) => [s.id, s.change])).toEqual([
      ['keep', 'unchanged'],
      ['reshape', 'reshaped'],
      ['holed', 'reshaped'],
      ['multi', 'unchanged'],
      ['gone', 'removed'],
      ['new', 'added'],
    ]);
  });

  it('measures areas in hectares and the change in ha and %', () => {
    const reshape = diff.sectors.find((s) => s.id === 'reshape')!;
    // 0.002° × 0.002° at 44.8° N ≈ 222 m × 158 m ≈ 3.5 ha; widened by half.
    expect(reshape.areaAHa).toBeGreaterThan(3.4);
    expect(reshape.areaAHa).toBeLessThan(3.6);
    expect(reshape.deltaPct).toBe(50);
    const holed = diff.sectors.find((s) => s.id === 'holed')!;
    // Filling the hole adds 1/16 of the outer square: +6.7 % of the holed area.
    expect(holed.deltaPct).toBe(6.7);
    const added = diff.sectors.find((s) => s.id === 'new')!;
    expect([added.areaAHa, added.deltaPct]).toEqual([null, null]);
    expect(diff.totals.addedHa).toBeCloseTo(added.areaBHa! + reshape.deltaHa + holed.deltaHa, 1);
  });

  it('lists the actions entering and leaving the perimeter', () => {
    expect(diff.actions).toEqual([
      { id: 'in-gone', from: 'gone', to: null, change: 'leaves' },
      { id: 'in-new', from: null, to: 'new', change: 'enters' },
      { id: 'in-hole', from: null, to: 'holed', change: 'enters' },
    ]);
  });

  it('matches the golden report (UPDATE_GOLDEN=1 regenerates)', () => {
    // The areas are what the difference map draws: their coordinates are rounded to 7 decimals (1 cm).
    const areas = JSON.parse(JSON.stringify(diff.areas, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e7) / 1e7 : v)));
    golden('diff-report.json', `${JSON.stringify({ sectors: diff.sectors, totals: diff.totals, areas, actions: diff.actions }, null, 1)}\n`);
    golden('diff-report.csv', diffToCsv(diff, 'a', 'b'));
  });

  it('is empty for two identical versions', () => {
    const same = diffVersions(a, structuredClone(a), actions);
    expect(isEmptyDiff(same)).toBe(true);
    expect(same.totals.addedHa).toBe(0);
    expect(same.totals.removedHa).toBe(0);
    expect(same.areas.added).toBeNull();
    expect(same.areas.removed).toBeNull();
  });
});

describe('diffVersions on the project data', () => {
  const data = projectData();
  const diff = diffVersions(data.sectorsByVersion['2023-convention']!, data.sectorsByVersion['2024-avenant']!, data.actions.features);

  it('shows gare as added with its area, the 2023 sectors unchanged', () => {
    const gare = diff.sectors.find((s) => s.id === 'gare')!;
    expect(gare.change).toBe('added');
    expect(gare.areaBHa).toBeGreaterThan(8);
    expect(gare.areaBHa).toBeLessThan(20);
    expect(diff.sectors.filter((s) => s.id !== 'gare').map((s) => s.change)).toEqual(['unchanged', 'unchanged']);
    expect(diff.totals.addedHa).toBeCloseTo(gare.areaBHa!, 1);
    expect(diff.totals.removedHa).toBe(0);
  });

  it('the station district actions enter the perimeter with the avenant', () => {
    expect(diff.actions.map((m) => [m.id, m.change, m.to])).toEqual([
      ['logements-neufs', 'enters', 'gare'],
      ['parvis-gare', 'enters', 'gare'],
      ['pole-echanges-gare', 'enters', 'gare'],
    ]);
  });
});
