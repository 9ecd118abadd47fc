// English words of the later views that the first screen shows too: see fr-first-screen.ts.
import type { frFirstScreenExtras } from './fr-first-screen';

export const enFirstScreenExtras: Record<keyof typeof frFirstScreenExtras, string> = {
  'scenario.centreRequired': 'Refused: without sector “{sector}”, no sector would hold the centre of {commune}, the main town, which an ORT must include.',
  'extension.open': 'Intercommunal extension',
  'extension.close': 'Close the extension',
  'extension.short': 'Extension',
  'view.programme': 'Programme',
  'a11y.link': 'Accessibility',
  'sheet.version': 'Perimeter: {version}',
  'sheet.compare': 'Comparison: {a} → {b}',
  'sheet.extension': 'Intercommunal extension from {version}',
  'sheet.date': 'Sheet of {date}',
  'sheet.north': 'N',
  'sheet.mapAlt': 'Map of the view shown',
  'suivi.stale': 'The published tracking table could not be read: the map shows progress as of {date}.',
  'suivi.staleLink': 'See the table’s problems',
  'moved.title': 'Since the last steering committee ({date})',
  'moved.sheet': '{title}: {items}',
  'moved.none': 'No dated change of status since that committee.',
  'moved.etude': '{title}: under study since {date}',
  'moved.programmee': '{title}: scheduled on {date}',
  'moved.en-cours': '{title}: under way since {date}',
  'moved.realisee': '{title}: completed on {date}',
  'share.damaged.not-base64':
    'The link’s draft cannot be opened: the link holds characters that are not part of it (cut or changed when copied?). The rest of the map works; ask for a new link, or the file.',
  'share.damaged.truncated': 'The link’s draft cannot be opened: the link is incomplete (cut when copied?). The rest of the map works; ask for a new link, or the file.',
  'share.damaged.not-json': 'The link’s draft cannot be opened: its content cannot be read. The rest of the map works; ask for a new link, or the file.',
  'share.damaged.not-a-draft': 'The link’s draft cannot be opened: its content is not a perimeter draft. The rest of the map works; ask for a new link, or the file.',
  'share.damaged.unsupported': 'The link’s draft cannot be opened: this browser cannot decompress it. The rest of the map works; ask for a new link, or the file.',
};
