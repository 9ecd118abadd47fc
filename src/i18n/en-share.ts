// English words of a draft shared by link: see fr-share.ts.
import type { frShare } from './fr-share';

export const enShare: Record<keyof typeof frShare, string> = {
  'share.button': 'Share this draft (link)',
  'share.copied': 'Link copied ({length} characters). It holds the draft itself: nothing is sent to a server.',
  'share.notCopied': 'Copy this link: it holds the draft itself, nothing is sent to a server.',
  'share.field': 'Link of the draft',
  'share.tooLarge': 'This draft is too detailed for a link ({length} characters, {max} at most): export it as a file and send the file.',
  'share.unsupported': 'This browser cannot compress a link: export the draft as a file and send the file.',
  'share.received': 'Draft received by link: it is kept in this browser only if you keep it.',
  'problem.prj-unknown':
    'coordinate system “{name}” (.prj file) not supported: WGS84, Lambert-93 or the conic zones CC42 to CC50 expected; export the shapefile again in one of them',
  'problem.zip-unreadable': 'unreadable zip archive ({detail})',
  'problem.no-shapefile': 'the archive holds no shapefile (.shp file)',
  'import.conic':
    '“{name}” is in the conic projection {zone} (EPSG:{code}), according to its declared coordinate system. Reproject it to WGS84 (degrees) and import it as a draft?',
  'shapefile.export': 'Export (shapefile, Lambert-93)',
  'import.nameField': 'Which field of “{name}” gives the sectors’ names?',
  'import.nameFieldExample': '(e.g. “{example}”)',
  'import.nameFieldImport': 'Import with this field',
  'import.nameFieldCancel': 'Do not import',
  'share.keep': 'Keep this draft',
};
