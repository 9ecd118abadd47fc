// Problems below the UI are codes with parameters (src/data/geo-problems.ts, src/data/problems.ts,
// the import's); here they become sentences, in the UI's language or in French for the CLI.
import type { GeoProblem, LonLat, RingRef } from '../data/geo-problems';
import { isSuiviProblem, type DataProblem } from '../data/problems';
import type { ImportProblem } from '../geo/import-sectors';
import type { IndicatorCsvProblem } from '../data/indicator-csv';
import type { SuiviProblem } from '../data/suivi';
import { addWords, formatNumber, translate, type Lang } from './index';
import { frMore } from './fr-more';

// Problem words are in the later parts: whoever words a problem (a lazy view, a CLI) has them all.
addWords('fr', frMore);

/** Problems name communes by INSEE code; callers that know the territory give their names. */
export type CommuneNamer = (insee: string) => string;
const byCode: CommuneNamer = (insee) => insee;

const position = (lang: Lang, [lon, lat]: LonLat) => translate(lang, 'problem.position', { lat: lat.toFixed(5), lon: lon.toFixed(5) });

function ringName(lang: Lang, { part, ring }: RingRef): string {
  const name = ring === 0 ? translate(lang, 'problem.ring.exterior') : translate(lang, 'problem.ring.hole', { n: ring });
  return part === null ? name : translate(lang, 'problem.ring.inPart', { ring: name, n: part + 1 });
}

export function geoProblemText(lang: Lang, p: GeoProblem, communeLabel: CommuneNamer = byCode): string {
  switch (p.code) {
    case 'too-few-positions':
      return translate(lang, 'problem.too-few-positions', { ring: ringName(lang, p.ring), count: p.count });
    case 'unclosed-ring':
      return translate(lang, 'problem.unclosed-ring', { ring: ringName(lang, p.ring), first: position(lang, p.first), last: position(lang, p.last) });
    case 'self-intersection':
      return translate(lang, 'problem.self-intersection', { ring: ringName(lang, p.ring), at: position(lang, p.at) });
    case 'wrong-winding':
      return translate(lang, p.ring.ring === 0 ? 'problem.wrong-winding.exterior' : 'problem.wrong-winding.hole', { ring: ringName(lang, p.ring) });
    case 'outside-epci':
      return translate(lang, 'problem.outside-epci', { count: p.count, lon: p.example[0], lat: p.example[1] });
    case 'outside-communes':
    case 'empty-name':
    case 'degenerate':
      return translate(lang, `problem.${p.code}`);
    case 'bad-id':
    case 'duplicate-id':
      return translate(lang, `problem.${p.code}`, { id: p.id });
    case 'overlap':
      return translate(lang, 'problem.overlap', { other: p.other, area: formatNumber(lang, p.areaM2 / 10_000) });
    case 'outside-signatories':
    case 'missing-town-centre':
      return translate(lang, `problem.${p.code}`, { commune: communeLabel(p.insee) });
    case 'straddles-communes':
      return translate(lang, 'problem.straddles-communes', { communes: p.communes.map(communeLabel).join(', ') });
  }
}

export function formatDataProblem(p: DataProblem, lang: Lang = 'fr', communeLabel: CommuneNamer = byCode): string {
  const i = p.issue;
  let what: string;
  switch (i.code) {
    case 'missing-file':
    case 'no-version-in-force':
    case 'not-utf8':
    case 'no-sectors':
      what = translate(lang, `problem.${i.code}`);
      break;
    case 'bad-json':
      what = translate(lang, 'problem.bad-json', { detail: i.detail });
      break;
    case 'duplicate-version-id':
      what = translate(lang, 'problem.duplicate-version-id', { id: i.id });
      break;
    case 'unknown-commune':
      what = translate(lang, 'problem.unknown-commune', { insee: i.insee });
      break;
    case 'schema': {
      const text = i.field ? translate(lang, 'problem.schema.field', { detail: i.detail, field: i.field }) : i.detail;
      what = i.of === 'version-meta' ? translate(lang, 'problem.schema.versionMeta', { text }) : text;
      break;
    }
    default:
      what = isSuiviProblem(i) ? suiviProblemText(lang, i) : geoProblemText(lang, i, communeLabel);
  }
  const feature = p.featureId ?? (p.featureIndex !== undefined ? translate(lang, 'problem.feature', { n: p.featureIndex + 1 }) : null);
  return feature ? translate(lang, 'problem.inFeature', { file: p.file, feature, what }) : translate(lang, 'problem.inFile', { file: p.file, what });
}

export function importProblemText(lang: Lang, p: ImportProblem, communeLabel: CommuneNamer = byCode): string {
  switch (p.where) {
    case 'file':
      switch (p.problem.code) {
        case 'not-json':
          return translate(lang, 'problem.not-json', { detail: p.problem.detail });
        case 'crs-unsupported':
          return translate(lang, 'problem.crs-unsupported', { name: p.problem.name });
        case 'prj-unknown':
          return translate(lang, 'problem.prj-unknown', { name: p.problem.name });
        case 'zip-unreadable':
          return translate(lang, 'problem.zip-unreadable', { detail: p.problem.detail });
        default:
          return translate(lang, `problem.${p.problem.code}`);
      }
    case 'feature': {
      const subject = p.id ? translate(lang, 'problem.featureWithId', { n: p.index + 1, id: p.id }) : translate(lang, 'problem.feature', { n: p.index + 1 });
      const what = p.problem.code === 'not-polygon' ? translate(lang, 'problem.not-polygon', { type: p.problem.type }) : translate(lang, `problem.${p.problem.code}`);
      return translate(lang, 'problem.about', { subject, what });
    }
    case 'sector':
      return p.sectorId === null
        ? geoProblemText(lang, p.problem, communeLabel)
        : translate(lang, 'problem.sector', { id: p.sectorId, what: geoProblemText(lang, p.problem, communeLabel) });
  }
}

export function indicatorCsvProblemText(lang: Lang, p: IndicatorCsvProblem): string {
  switch (p.code) {
    case 'csv-empty':
    case 'csv-no-indicator':
    case 'csv-no-territory-row':
      return translate(lang, `problem.${p.code}`);
    case 'csv-no-code-column':
      return translate(lang, 'problem.csv-no-code-column', { headers: p.headers.join(', ') });
    case 'csv-unknown-code':
      return translate(lang, 'problem.csv-unknown-code', { line: p.line, value: p.value });
    case 'csv-duplicate-code':
      return translate(lang, 'problem.csv-duplicate-code', { line: p.line, value: p.value, first: p.firstLine });
    case 'csv-not-a-number':
      return translate(lang, 'problem.csv-not-a-number', { line: p.line, column: p.column, value: p.value });
  }
}

/** A problem of the action table, with its line and column when it has them. */
export function suiviProblemText(lang: Lang, p: SuiviProblem): string {
  switch (p.code) {
    case 'suivi-empty':
      return translate(lang, 'problem.suivi-empty');
    case 'suivi-not-csv':
      return translate(lang, `problem.suivi-not-csv.${p.kind}`);
    case 'suivi-missing-columns':
      return translate(lang, 'problem.suivi-missing-columns', { count: p.columns.length, columns: p.columns.join(', '), headers: p.headers.join(', ') });
    case 'suivi-bad-value':
      return translate(lang, 'problem.suivi-cell', {
        line: p.line,
        column: p.column,
        what: translate(lang, 'problem.suivi-bad-value', { value: p.value, expected: translate(lang, `suivi.expected.${p.expected}`) }),
      });
    case 'suivi-empty-cell':
      return translate(lang, 'problem.suivi-cell', { line: p.line, column: p.column, what: translate(lang, 'problem.suivi-empty-cell') });
    case 'suivi-formula':
      return translate(lang, 'problem.suivi-cell', { line: p.line, column: p.column, what: translate(lang, 'problem.suivi-formula', { value: p.value }) });
    case 'suivi-duplicate-id':
      return translate(lang, 'problem.suivi-duplicate-id', { line: p.line, id: p.id, first: p.firstLine });
    case 'suivi-unknown-id':
      return translate(lang, 'problem.suivi-unknown-id', { line: p.line, id: p.id });
    case 'suivi-missing-action':
      return translate(lang, 'problem.suivi-missing-action', { id: p.id });
  }
}
