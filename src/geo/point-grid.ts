// Point → area on a uniform grid, the engine behind every "which commune / which sector holds
// this point" (map clicks, the resident's card, the attribute CLI on whole address files).
//
// Cells that no outline crosses answer in O(1): the area holding their centre, found once at build
// time by a sweep along each row of cell centres. A cell crossed by outlines keeps only its own
// edges and, for each area, whether its centre is inside; a point in it flips that answer once per
// edge crossed on the way from the centre. The cost per point therefore depends on the edges in
// one cell, not on how detailed the outlines are.
//
// Exactness: the answers are those of point-in-polygon-hao (what Turf's booleanPointInPolygon
// runs), boundary included. Whenever a point or a cell centre lies within a hair (1e-9 relative)
// of an edge's line, where floating-point rounding could decide, the area is tested by
// point-in-polygon-hao itself. Those cases are rare, so the fast path serves nearly every point.
// Everything is kept in typed arrays: no per-point allocation, no copies of the input's rings.
import pointInPolygon from 'point-in-polygon-hao';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface PointGrid {
  /** Index (in the given order) of the first area holding the point, its boundary included; -1 if none. */
  locate(x: number, y: number): number;
  /** For benchmarks and tests: the grid's size and how many cells need an edge test. */
  readonly stats: { readonly columns: number; readonly rows: number; readonly boundaryCells: number; readonly edges: number };
}

type Rings = Position[][];

/** Relative tolerance under which a point is "on" an edge's line and the exact test decides. */
const NEAR = 1e-9;
/** Cells per edge: more cells, more of them free of edges (answered in O(1)), more build time. */
const CELLS_PER_EDGE = 3;
const MAX_CELLS = 1 << 22;

export function buildPointGrid(areas: readonly (Polygon | MultiPolygon)[]): PointGrid {
  const polygons: Rings[][] = areas.map((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));

  // Edges as flat coordinates, with their area; zero-length edges cannot separate anything.
  let edgeCount = 0;
  for (const polys of polygons) for (const rings of polys) for (const ring of rings) edgeCount += Math.max(0, ring.length - 1);
  const ex = new Float64Array(edgeCount * 4);
  const eArea = new Int32Array(edgeCount);
  const areaBox = new Float64Array(areas.length * 4).fill(NaN);
  let m = 0;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  polygons.forEach((polys, a) => {
    let [aMinX, aMinY, aMaxX, aMaxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polys)
      for (const ring of rings)
        for (let i = 0; i + 1 < ring.length; i++) {
          const p = ring[i]!;
          const q = ring[i + 1]!;
          const [x0, y0, x1, y1] = [p[0]!, p[1]!, q[0]!, q[1]!];
          aMinX = Math.min(aMinX, x0, x1);
          aMinY = Math.min(aMinY, y0, y1);
          aMaxX = Math.max(aMaxX, x0, x1);
          aMaxY = Math.max(aMaxY, y0, y1);
          if (x0 === x1 && y0 === y1) continue;
          ex[m * 4] = x0;
          ex[m * 4 + 1] = y0;
          ex[m * 4 + 2] = x1;
          ex[m * 4 + 3] = y1;
          eArea[m++] = a;
        }
    areaBox.set([aMinX, aMinY, aMaxX, aMaxY], a * 4);
    [minX, minY, maxX, maxY] = [Math.min(minX, aMinX), Math.min(minY, aMinY), Math.max(maxX, aMaxX), Math.max(maxY, aMaxY)];
  });

  // Plain, freshly allocated rings for the exact test (input arrays may be sparse or frozen).
  const exact: Rings[][] = polygons.map((polys) => polys.map((rings) => rings.map((ring) => ring.map((p) => [p[0]!, p[1]!]))));
  const exactInside = (x: number, y: number, a: number): boolean => {
    if (!(x >= areaBox[a * 4]! && x <= areaBox[a * 4 + 2]! && y >= areaBox[a * 4 + 1]! && y <= areaBox[a * 4 + 3]!)) return false;
    const point = [x, y];
    for (const rings of exact[a]!) if (pointInPolygon(point, rings) !== false) return true;
    return false;
  };

  if (m === 0) {
    return { locate: () => -1, stats: { columns: 0, rows: 0, boundaryCells: 0, edges: 0 } };
  }

  const width = Math.max(maxX - minX, 1e-12);
  const height = Math.max(maxY - minY, 1e-12);
  const target = Math.min(MAX_CELLS, Math.max(1024, m * CELLS_PER_EDGE));
  const side = Math.sqrt((width * height) / target);
  const nx = Math.max(1, Math.min(4096, Math.ceil(width / side)));
  const ny = Math.max(1, Math.min(4096, Math.ceil(height / side)));
  const cw = width / nx;
  const ch = height / ny;
  const column = (x: number) => Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / cw)));
  const row = (y: number) => Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / ch)));
  // An edge is listed in every cell its box touches, widened by a hair so that a point near an
  // edge always finds that edge in its own cell (and goes to the exact test).
  const pad = (width + height) * 1e-12;

  // Cell → edges, in compressed rows; filled area by area so each cell's edges are grouped by area
  // in ascending order.
  const nCells = nx * ny;
  const start = new Uint32Array(nCells + 1);
  const forEachCell = (k: number, visit: (c: number) => void) => {
    const [x0, y0, x1, y1] = [ex[k * 4]!, ex[k * 4 + 1]!, ex[k * 4 + 2]!, ex[k * 4 + 3]!];
    const [i0, i1] = [column(Math.min(x0, x1) - pad), column(Math.max(x0, x1) + pad)];
    const [j0, j1] = [row(Math.min(y0, y1) - pad), row(Math.max(y0, y1) + pad)];
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) visit(j * nx + i);
  };
  for (let k = 0; k < m; k++) forEachCell(k, (c) => start[c + 1]!++);
  for (let c = 0; c < nCells; c++) start[c + 1]! += start[c]!;
  const entries = start[nCells]!;
  const cellEdge = new Float64Array(entries * 4);
  const cellArea = new Int32Array(entries);
  const fill = start.slice(0, nCells);
  for (let k = 0; k < m; k++)
    forEachCell(k, (c) => {
      const at = fill[c]!++;
      cellEdge.set(ex.subarray(k * 4, k * 4 + 4), at * 4);
      cellArea[at] = eArea[k]!;
    });

  // Sweep each row of cell centres from the right: the crossings to the right of a centre give,
  // by parity, every area's answer there (the rule point-in-polygon uses along its ray).
  const owner = new Int32Array(nCells).fill(-1); // edge-free cell: its area; boundary cell: the first area holding it whole
  const centreInside = new Uint8Array(entries); // at the first entry of each area's group
  const undecided = new Uint8Array(nCells); // a centre on an outline: the exact test decides
  const rowStart = new Uint32Array(ny + 1);
  const rowsOf = (k: number): [number, number] => {
    const [ylo, yhi] = [Math.min(ex[k * 4 + 1]!, ex[k * 4 + 3]!), Math.max(ex[k * 4 + 1]!, ex[k * 4 + 3]!)];
    return [Math.max(0, Math.ceil((ylo - minY) / ch - 0.5) - 1), Math.min(ny - 1, Math.floor((yhi - minY) / ch - 0.5) + 1)];
  };
  for (let k = 0; k < m; k++) {
    const [j0, j1] = rowsOf(k);
    for (let j = j0; j <= j1; j++) rowStart[j + 1]!++;
  }
  for (let j = 0; j < ny; j++) rowStart[j + 1]! += rowStart[j]!;
  const rowEdges = new Uint32Array(rowStart[ny]!);
  const rowFill = rowStart.slice(0, ny);
  for (let k = 0; k < m; k++) {
    const [j0, j1] = rowsOf(k);
    for (let j = j0; j <= j1; j++) rowEdges[rowFill[j]!++] = k;
  }

  const parity = new Uint8Array(areas.length);
  const insideNow: number[] = [];
  const crossX: number[] = [];
  const crossArea: number[] = [];
  const order: number[] = [];
  let boundaryCells = 0;
  for (let j = 0; j < ny; j++) {
    const yc = minY + (j + 0.5) * ch;
    crossX.length = crossArea.length = order.length = 0;
    for (let r = rowStart[j]!; r < rowStart[j + 1]!; r++) {
      const k = rowEdges[r]!;
      const [x0, y0, x1, y1] = [ex[k * 4]!, ex[k * 4 + 1]!, ex[k * 4 + 2]!, ex[k * 4 + 3]!];
      if (y0 > yc === y1 > yc) continue;
      crossX.push(x0 + ((yc - y0) * (x1 - x0)) / (y1 - y0));
      crossArea.push(eArea[k]!);
      order.push(order.length);
    }
    order.sort((p, q) => crossX[q]! - crossX[p]!);
    parity.fill(0);
    insideNow.length = 0;
    let next = 0;
    for (let i = nx - 1; i >= 0; i--) {
      const c = j * nx + i;
      const xc = minX + (i + 0.5) * cw;
      const tol = NEAR * (cw + ch);
      while (next < order.length && crossX[order[next]!]! > xc + tol) {
        const a = crossArea[order[next++]!]!;
        parity[a] = parity[a]! ^ 1;
        if (parity[a]) insideNow.push(a);
        else insideNow.splice(insideNow.indexOf(a), 1);
      }
      if (next < order.length && crossX[order[next]!]! >= xc - tol) undecided[c] = 1;
      const [s, e] = [start[c]!, start[c + 1]!];
      let first = -1;
      if (s === e) {
        for (const a of insideNow) if (first === -1 || a < first) first = a;
        owner[c] = first;
        continue;
      }
      boundaryCells++;
      for (let k = s; k < e; k++) if (k === s || cellArea[k] !== cellArea[k - 1]) centreInside[k] = parity[cellArea[k]!]!;
      for (const a of insideNow) {
        let listed = false;
        for (let k = s; k < e && !listed; k++) listed = cellArea[k] === a;
        if (!listed && (first === -1 || a < first)) first = a;
      }
      owner[c] = first;
    }
  }

  function exactFirst(x: number, y: number): number {
    for (let a = 0; a < areas.length; a++) if (exactInside(x, y, a)) return a;
    return -1;
  }

  function locate(x: number, y: number): number {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return -1;
    const i = column(x);
    const j = row(y);
    const c = j * nx + i;
    const [s, e] = [start[c]!, start[c + 1]!];
    const whole = owner[c]!;
    if (s === e) return whole;
    if (undecided[c]) return exactFirst(x, y);
    const cx = minX + (i + 0.5) * cw;
    const cy = minY + (j + 0.5) * ch;
    const qx = x - cx;
    const qy = y - cy;
    const q1 = Math.abs(qx) + Math.abs(qy);
    let k = s;
    while (k < e) {
      const a = cellArea[k]!;
      if (whole !== -1 && a > whole) return whole;
      let inside = centreInside[k]!;
      let near = false;
      for (; k < e && cellArea[k] === a; k++) {
        if (near) continue;
        const ax = cellEdge[k * 4]!;
        const ay = cellEdge[k * 4 + 1]!;
        const dx = cellEdge[k * 4 + 2]! - ax;
        const dy = cellEdge[k * 4 + 3]! - ay;
        const d1 = Math.abs(dx) + Math.abs(dy);
        // Sides of the point and of the centre with respect to the edge's line.
        const sideQ = dx * (y - ay) - dy * (x - ax);
        const sideC = dx * (cy - ay) - dy * (cx - ax);
        if (Math.abs(sideQ) <= NEAR * d1 * (d1 + Math.abs(x - ax) + Math.abs(y - ay)) || Math.abs(sideC) <= NEAR * d1 * (d1 + Math.abs(cx - ax) + Math.abs(cy - ay))) {
          near = true;
          continue;
        }
        if (sideQ > 0 === sideC > 0) continue;
        // Sides of the edge's ends with respect to the segment centre → point.
        const sideA = qx * (ay - cy) - qy * (ax - cx);
        const sideB = qx * (ay + dy - cy) - qy * (ax + dx - cx);
        const reach = q1 + Math.abs(ax - cx) + Math.abs(ay - cy) + d1;
        if (Math.abs(sideA) <= NEAR * q1 * reach || Math.abs(sideB) <= NEAR * q1 * reach) {
          near = true;
          continue;
        }
        if (sideA > 0 !== sideB > 0) inside ^= 1;
      }
      if (near ? exactInside(x, y, a) : inside === 1) return a;
    }
    return whole;
  }

  return { locate, stats: { columns: nx, rows: ny, boundaryCells, edges: m } };
}
