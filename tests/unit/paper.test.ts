// What the printed map frames and measures (issue 20): the place and its nearest sector together,
// and a scale bar in round metres true to the picture.
import { describe, expect, it } from 'vitest';
import { metresPerCssPx, scaleBar } from '../../src/geo/scale-bar';
import { pointFrame } from '../../src/state/point-answers';
import { placements, sectorById } from '../../src/state/versions';
import { polygonOps } from '../../src/geo/polygon-shares';
import { boundsOf } from '../../src/geo/bounds';
import { projectData, testStore } from './helpers';

describe('scale bar', () => {
  it('measures Web Mercator as MapLibre does (512 px tiles)', () => {
    expect(metresPerCssPx(0, 0)).toBeCloseTo(78_271.52, 1);
    // At L'Argentière (44.79° N) a CSS pixel at zoom 15 is 1.695 m.
    expect(metresPerCssPx(44.79, 15)).toBeCloseTo(1.6952, 3);
  });

  it('picks the longest round distance that fits, and its length on the picture', () => {
    // 1,000 CSS px at 2 m each = 2 km wide; at most 30 % of it: 500 m, 25 %.
    expect(scaleBar({ metresPerCssPx: 2, cssWidth: 1000 }, 100, 30)).toEqual({ metres: 500, mm: 25 });
    expect(scaleBar({ metresPerCssPx: 20, cssWidth: 1000 }, 100, 30)).toEqual({ metres: 5000, mm: 25 });
  });
});

describe('framing a place', () => {
  const data = projectData();
  it('inside a sector: the place alone', () => {
    const store = testStore(data);
    const at = [6.56, 44.7953] as const;
    expect(pointFrame(store.getState(), at)).toEqual([at[0], at[1], at[0], at[1]]);
  });

  it('outside the perimeter: the place and its nearest sector together', () => {
    const store = testStore(data);
    const at = [6.556, 44.799] as const;
    const frame = pointFrame(store.getState(), at);
    const centre = boundsOf([sectorById(store.getState(), 'centre-bourg')!.geometry])!;
    expect(frame[0]).toBeLessThanOrEqual(Math.min(at[0], centre[0]));
    expect(frame[1]).toBeLessThanOrEqual(Math.min(at[1], centre[1]));
    expect(frame[2]).toBeGreaterThanOrEqual(Math.max(at[0], centre[2]));
    expect(frame[3]).toBeGreaterThanOrEqual(Math.max(at[1], centre[3]));
  });
});

describe('the COPIL sheet (Fiche PDF)', () => {
  const data = projectData();
  it('lists every action shown, none left for « … et 10 autres »', async () => {
    const { sheetContent } = await import('../../src/ui/sheet/content');
    const sheet = sheetContent(testStore(data).getState(), new Date('2026-11-29'));
    expect(sheet.table.rows.length).toBe(24);
    expect(JSON.stringify(sheet)).not.toMatch(/autres?\b.*vue Liste/);
  });

  it('gives each legend entry its own colour, on the map sheet and the extension sheet', async () => {
    const { sheetContent } = await import('../../src/ui/sheet/content');
    const store = testStore(data);
    const colours = () => sheetContent(store.getState(), new Date('2026-11-29')).legend.map((l) => l.color.toLowerCase());
    expect(new Set(colours()).size).toBe(colours().length);
    store.getState().openExtension();
    expect(new Set(colours()).size).toBe(colours().length);
  });

  it('from the programme view, holds the programme: actions by axis and status, known budgets', async () => {
    const { sheetContent } = await import('../../src/ui/sheet/content');
    const store = testStore(data);
    store.getState().setView('programme');
    const sheet = sheetContent(store.getState(), new Date('2026-11-29'));
    expect(sheet.subtitle).toBe('Le programme, actions sur le périmètre Avenant (8 novembre 2024)');
    expect(sheet.table.heading).toBe('Actions par axe et par statut');
    expect(sheet.table.rows.at(-1)).toEqual(['Total', '8', '10', '5', '1', '24', '']);
  });
});

describe('the first screen, before the polygon operations arrive', () => {
  it('places the two area actions in their sectors already (a point inside them), as the exact computation does', () => {
    const store = testStore(projectData());
    const rough = placements(store.getState());
    store.getState().setPolygonOps(polygonOps);
    const exact = placements(store.getState());
    expect(exact['place-kiosque']?.sectorId).toBe('centre-bourg');
    expect(exact['reconversion-friches']?.sectorId).toBe('friches-industrielles');
    for (const id of ['place-kiosque', 'reconversion-friches']) expect(rough[id]?.sectorId).toBe(exact[id]?.sectorId);
  });
});
