// What a COPIL sheet says, whatever it is printed with (jsPDF or the browser's print): title,
// the version or scenario shown, the date, a legend of what is drawn, the panel's content as a
// table, the sources and credits. Built from the store, in the UI's language.
import { AXES, STATUSES } from '../../data/vocabulary';
import { translate, formatEuros, formatHectares, formatOptional, formatPartialDate, formatPercent, type MessageKey } from '../../i18n';
import { AXIS_COLORS, COMMUNE_LINE_COLOR, DIFF_COLORS, EXTENSION_COLORS, SECTOR_COLOR } from '../../style/palette';
import type { AppState } from '../../state/app-state';
import { compareDiff } from '../../state/compare-diff';
import { currentSectors, currentVersion, placements, versionById } from '../../state/versions';
import { actionsInSector, programmeInLang, territoryWords } from '../../state/selectors';
import { shownActions } from '../../state/filters';
import { extensionRows, extensionTotals } from '../../state/extension-figures';
import { actionMatrix, budgetsByAxis, movedSinceCopil } from '../../state/programme';
import { formatBudget } from '../format';

interface LegendItem {
  readonly color: string;
  readonly label: string;
  readonly shape: 'fill' | 'line' | 'dot';
}

interface SheetTable {
  readonly heading: string;
  readonly columns: readonly string[];
  /** Every row: the PDF goes on to a second page rather than leave one out. */
  readonly rows: readonly (readonly string[])[];
}

/** The words of the sheet's frame (in the UI's language), shared by the PDF and the print layout. */
export interface SheetLabels {
  readonly legend: string;
  readonly sources: string;
  readonly date: string;
  readonly north: string;
  readonly mapAlt: string;
  /** The table's heading on the pages after the first. */
  readonly continued: string;
}

export interface SheetContent {
  readonly title: string;
  readonly subtitle: string;
  readonly date: string;
  readonly legend: readonly LegendItem[];
  readonly table: SheetTable;
  readonly notes: readonly string[];
  /** What moved since the programme's last COPIL (the sheet is made for the next one), under the map. */
  readonly moved: string | null;
  readonly sources: readonly string[];
}

export function sheetContent(s: AppState, today: Date): SheetContent {
  const words = territoryWords(s);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(s.lang, key, params ? { ...words, ...params } : words);
  const version = currentVersion(s);
  const num = (n: number | null, digits = 2) => formatOptional(s.lang, n, digits);
  const date = formatPartialDate(s.lang, today.toISOString().slice(0, 10));
  const mapLegend: LegendItem[] = [
    { color: SECTOR_COLOR, label: t('legend.sector'), shape: 'fill' },
    { color: COMMUNE_LINE_COLOR, label: t('legend.commune'), shape: 'line' },
    ...AXES.map((a) => ({ color: AXIS_COLORS[a], label: t(`axis.${a}`), shape: 'dot' as const })),
  ];
  const sources = [
    s.basemap.choice === 'neutral' || s.basemap.failed ? t('sheet.source.neutral') : t('sheet.source.ign'),
    t('sheet.source.contours'),
    t('sheet.source.project', { source: s.data.programme.source }),
    t('sheet.indicative'),
  ];

  if (s.compare) {
    const { a, b } = s.compare;
    const diff = compareDiff(s, a, b);
    const label = (id: string) => versionById(s, id)?.label ?? id;
    const rows = (diff?.sectors ?? []).map((r) => [
      r.nom,
      t(`compare.change.${r.change}`),
      formatHectares(s.lang, r.areaAHa),
      formatHectares(s.lang, r.areaBHa),
      formatHectares(s.lang, r.deltaHa, true),
    ]);
    if (diff)
      rows.push([
        t('compare.total'),
        '',
        formatHectares(s.lang, diff.totals.areaAHa),
        formatHectares(s.lang, diff.totals.areaBHa),
        formatHectares(s.lang, diff.totals.deltaHa, true),
      ]);
    return {
      title: t('sheet.title'),
      subtitle: t('sheet.compare', { a: label(a), b: label(b) }),
      date,
      legend: [
        { color: DIFF_COLORS.added, label: t('compare.legend.added'), shape: 'fill' },
        { color: DIFF_COLORS.removed, label: t('compare.legend.removed'), shape: 'fill' },
        { color: DIFF_COLORS.unchanged, label: t('compare.legend.unchanged'), shape: 'fill' },
      ],
      table: {
        heading: t('compare.report', { a: label(a), b: label(b) }),
        columns: [t('compare.col.sector'), t('compare.col.change'), t('compare.col.areaA'), t('compare.col.areaB'), t('compare.col.deltaHa')],
        rows,
      },
      moved: null,
      notes: (diff?.actions ?? []).map((m) => `${s.data.actions.features.find((x) => x.properties.id === m.id)?.properties.titre ?? m.id} — ${t(`compare.move.${m.change}`)}`),
      sources,
    };
  }

  if (s.extension !== null) {
    const rows = extensionRows(s)
      .filter((r) => r.status !== 'other')
      .map((r) => [
        r.nom,
        t(`extension.status.${r.status}`),
        num(r.populationMunicipale, 0),
        num(r.areaKm2),
        String(r.actionsCount),
        t('extension.sectorsValue', { count: r.sectors, ha: formatHectares(s.lang, r.sectorsHa) }),
      ]);
    const { before, after } = extensionTotals(s);
    for (const [key, x] of [
      ['extension.totalBefore', before],
      ['extension.totalAfter', after],
    ] as const) {
      rows.push([
        t(key),
        t('extension.share', { share: num(x.populationShare * 100, 1) }),
        num(x.populationMunicipale, 0),
        num(x.areaKm2),
        String(x.actionsCount),
        t('extension.sectorsValue', { count: x.sectors, ha: formatHectares(s.lang, x.sectorsHa) }),
      ]);
    }
    return {
      title: t('sheet.title'),
      subtitle: t('sheet.extension', { version: version.label }),
      date,
      legend: [
        { color: EXTENSION_COLORS.ort, label: t('extension.legend.ort'), shape: 'fill' },
        { color: EXTENSION_COLORS.proposed, label: t('extension.legend.proposed'), shape: 'fill' },
        { color: SECTOR_COLOR, label: t('legend.sector'), shape: 'fill' },
      ],
      table: {
        heading: t('extension.figures'),
        columns: [
          t('extension.col.commune'),
          t('extension.col.status'),
          t('extension.col.populationMunicipale'),
          t('extension.col.area'),
          t('extension.col.actions'),
          t('extension.col.sectors'),
        ],
        rows,
      },
      moved: null,
      notes: [t('extension.note.population', { source: s.data.territory.source, vintage: s.data.territory.millesime })],
      sources,
    };
  }

  if (s.view === 'programme') {
    const matrix = actionMatrix(s);
    const budgets = budgetsByAxis(s);
    const bilan = programmeInLang(s).bilan2026;
    const figure = (c: (typeof bilan.chiffres)[number]) =>
      `${c.libelle} : ${c.unite === 'EUR' ? formatEuros(s.lang, c.valeur) : c.unite === '%' ? formatPercent(s.lang, c.valeur) : c.valeur}`;
    return {
      title: t('sheet.title'),
      subtitle: t('sheet.programme', { version: version.label }),
      date,
      legend: AXES.map((a) => ({ color: AXIS_COLORS[a], label: t(`axis.${a}`), shape: 'dot' as const })),
      table: {
        heading: t('programme.matrixTitle'),
        columns: [t('list.col.axe'), ...STATUSES.map((st) => t(`status.${st}`)), t('programme.total'), t('programme.col.known')],
        rows: [
          ...budgets.map(({ axis, known, unknown }) => [
            t(`axis.${axis}`),
            ...STATUSES.map((st) => String(matrix.cells[axis][st])),
            String(matrix.byAxis[axis]),
            formatBudget(t, s.lang, known, unknown),
          ]),
          [t('programme.total'), ...STATUSES.map((st) => String(matrix.byStatus[st])), String(matrix.total), ''],
        ],
      },
      moved: movedNote(s, t),
      notes: [
        ...(bilan.chiffres.length > 0 ? [`${t('panel.figures', { date: formatPartialDate(s.lang, bilan.date) })} — ${bilan.chiffres.map(figure).join(' ; ')}`] : []),
        t('programme.budgetsNote'),
      ],
      sources,
    };
  }

  const placed = placements(s);
  const sectorName = (id: string | null | undefined) => (id ? (currentSectors(s).find((f) => f.properties.id === id)?.properties.nom ?? id) : t('list.noSector'));
  const selected = s.selection.kind === 'sector' ? currentSectors(s).find((f) => f.properties.id === (s.selection as { id: string }).id) : undefined;
  // A sector's sheet needs no sector column; an unknown budget is "—", explained in a note.
  const actionRow = (a: AppState['data']['actions']['features'][number]) => [
    a.properties.titre,
    t(`axis.${a.properties.axe}`),
    t(`status.${a.properties.statut}`),
    ...(selected ? [] : [sectorName(placed[a.properties.id]?.sectorId)]),
    a.properties.budget === null ? '—' : formatEuros(s.lang, a.properties.budget),
  ];
  const columns = [t('list.col.titre'), t('list.col.axe'), t('list.col.statut'), ...(selected ? [] : [t('list.col.secteur')]), t('action.budget')];
  const actions = selected ? actionsInSector(s, selected.properties.id).filter((a) => shownActions(s).includes(a)) : shownActions(s);
  return {
    title: t('sheet.title'),
    subtitle: selected ? t('sheet.sector', { sector: selected.properties.nom, version: version.label }) : t('sheet.version', { version: version.label }),
    date,
    legend: mapLegend,
    table: { heading: selected ? t('sector.actions', { count: actions.length }) : t('sheet.actions', { count: actions.length }), columns, rows: actions.map(actionRow) },
    moved: movedNote(s, t),
    notes: [
      t('sheet.budgetUnknown'),
      t('sheet.sectors', {
        names: currentSectors(s)
          .map((f) => f.properties.nom)
          .join(', '),
      }),
      t('indicative.tracé'),
    ],
    sources,
  };
}

/** What moved since the programme's last COPIL, in one sentence: the sheet is made for the next one. */
function movedNote(s: AppState, t: (key: MessageKey, params?: Record<string, string | number>) => string): string | null {
  const moved = movedSinceCopil(s);
  if (!moved) return null;
  const items = moved.actions.map((a) => t(`moved.${a.properties.statut}`, { title: a.properties.titre, date: formatPartialDate(s.lang, a.properties.depuis!) }));
  return t('moved.sheet', { title: t('moved.title', { date: formatPartialDate(s.lang, moved.copil.date) }), items: items.length > 0 ? items.join(' ; ') : t('moved.none') });
}
