// French words of a planner's files and links: a draft shared by link (services/share-link.ts,
// ui/ShareDraft.tsx), shapefiles (geo/shapefile.ts).
export const frShare = {
  'share.button': 'Partager ce brouillon (lien)',
  'share.copied': 'Lien copié ({length} caractères). Il contient le brouillon lui-même : rien n’est envoyé à un serveur.',
  'share.notCopied': 'Copiez ce lien : il contient le brouillon lui-même, rien n’est envoyé à un serveur.',
  'share.field': 'Lien du brouillon',
  'share.tooLarge': 'Ce brouillon est trop détaillé pour un lien ({length} caractères, {max} au plus) : exportez-le en fichier et envoyez le fichier.',
  'share.unsupported': 'Ce navigateur ne sait pas compresser un lien : exportez le brouillon en fichier et envoyez le fichier.',
  'share.received': 'Brouillon reçu par lien : il n’est enregistré dans ce navigateur que si vous le gardez.',
  'problem.prj-unknown':
    'système de coordonnées « {name} » (fichier .prj) non pris en charge : WGS84, Lambert-93 ou coniques CC42 à CC50 attendus ; réexportez le shapefile dans l’un d’eux',
  'problem.zip-unreadable': 'archive zip illisible ({detail})',
  'problem.no-shapefile': 'l’archive ne contient pas de shapefile (fichier .shp)',
  'import.conic':
    '« {name} » est en projection conique {zone} (EPSG:{code}), d’après son système de coordonnées déclaré. Le reprojeter en WGS84 (degrés) pour l’importer comme brouillon ?',
  'shapefile.export': 'Exporter (shapefile Lambert-93)',
  'import.nameField': 'Quel champ de « {name} » donne le nom des secteurs ?',
  'import.nameFieldExample': '(ex. « {example} »)',
  'import.nameFieldImport': 'Importer avec ce champ',
  'import.nameFieldCancel': 'Ne pas importer',
  'share.keep': 'Garder ce brouillon',
} as const;
