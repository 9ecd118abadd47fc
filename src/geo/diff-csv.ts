// The change report as CSV (one row per sector, then totals and actions), for a spreadsheet.
import { toCsv } from '../data/csv';
import type { VersionDiff } from './diff-versions';
import type { CommuneDiff } from './diff-communes';

const CHANGE_FR = { added: 'ajouté', removed: 'retiré', reshaped: 'redessiné', unchanged: 'inchangé' } as const;
const MOVE_FR = { enters: 'entre dans le périmètre', leaves: 'sort du périmètre', moves: 'change de secteur' } as const;
const num = (n: number | null) => (n === null ? '' : String(n));

/** How the report names what it lists (the UI's names, never ids where a name exists). */
export interface ReportNames {
  action(id: string): string;
  sector(id: string): string;
  commune(insee: string): string;
}

const NO_NAMES: ReportNames = { action: () => '', sector: (id) => id, commune: () => '' };

export function diffToCsv(diff: VersionDiff, versionA: string, versionB: string, byCommune: CommuneDiff | null = null, names: ReportNames = NO_NAMES): string {
  const place = (sector: string | null) => (sector === null ? 'hors périmètre' : names.sector(sector));
  const rows: (string | number)[][] = [
    ['type', 'id', 'nom', 'changement', `surface_ha_${versionA}`, `surface_ha_${versionB}`, 'variation_ha', 'variation_pct'],
    ...diff.sectors.map((s) => ['secteur', s.id, s.nom, CHANGE_FR[s.change], num(s.areaAHa), num(s.areaBHa), num(s.deltaHa), num(s.deltaPct)]),
    ['total', '', 'périmètre', '', num(diff.totals.areaAHa), num(diff.totals.areaBHa), num(diff.totals.deltaHa), ''],
    ['surface', '', 'ajoutée', '', '', '', num(diff.totals.addedHa), ''],
    ['surface', '', 'retirée', '', '', '', num(-diff.totals.removedHa), ''],
    ...diff.actions.map((m) => ['action', m.id, names.action(m.id), `${MOVE_FR[m.change]} (${place(m.from)} → ${place(m.to)})`, '', '', '', '']),
    ...(byCommune?.joining ?? []).map((c) => ['commune', c, names.commune(c), 'rejoint les signataires', '', '', '', '']),
    ...(byCommune?.leaving ?? []).map((c) => ['commune', c, names.commune(c), 'quitte les signataires', '', '', '', '']),
    ...(byCommune?.communes ?? []).map((c) => [
      'commune',
      c.insee,
      names.commune(c.insee),
      c.sectorsAdded.length ? `secteurs ajoutés : ${c.sectorsAdded.map(names.sector).join(', ')}` : '',
      '',
      '',
      num(Math.round((c.addedHa - c.removedHa) * 100) / 100),
      '',
    ]),
  ];
  return toCsv(rows);
}
