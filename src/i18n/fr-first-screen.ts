// French words of the later views (programme, extension, table, planners' files) that the first
// screen shows too: the view switch, the print line, the notices of a stale table or a damaged
// link, what moved since the COPIL. Part of fr.ts, on the first screen.
export const frFirstScreenExtras = {
  'scenario.centreRequired': 'Refusé : sans le secteur « {sector} », plus aucun secteur ne contiendrait le centre de {commune}, ville principale, qu’une ORT doit inclure.',
  'extension.open': 'Extension intercommunale',
  'extension.close': 'Fermer l’extension',
  'extension.short': 'Extension',
  'view.programme': 'Programme',
  'a11y.link': 'Accessibilité',
  'sheet.version': 'Périmètre : {version}',
  'sheet.compare': 'Comparaison : {a} → {b}',
  'sheet.extension': 'Extension intercommunale à partir de {version}',
  'sheet.date': 'Fiche du {date}',
  'sheet.north': 'N',
  'sheet.mapAlt': 'Carte de la vue affichée',
  'suivi.stale': 'Le tableau de suivi publié n’a pas pu être lu : la carte montre l’avancement du {date}.',
  'suivi.staleLink': 'Voir les problèmes du tableau',
  'moved.title': 'Depuis le dernier COPIL ({date})',
  'moved.sheet': '{title} : {items}',
  'moved.none': 'Aucun changement de statut daté depuis ce comité.',
  'moved.etude': '{title} : passée en étude le {date}',
  'moved.programmee': '{title} : programmée le {date}',
  'moved.en-cours': '{title} : passée en cours le {date}',
  'moved.realisee': '{title} : réalisée le {date}',
  'share.damaged.not-base64':
    'Le brouillon du lien ne peut pas être ouvert : le lien contient des caractères qui n’en font pas partie (coupé ou modifié lors de la copie ?). Le reste de la carte fonctionne ; demandez un nouveau lien, ou le fichier.',
  'share.damaged.truncated':
    'Le brouillon du lien ne peut pas être ouvert : le lien est incomplet (coupé lors de la copie ?). Le reste de la carte fonctionne ; demandez un nouveau lien, ou le fichier.',
  'share.damaged.not-json': 'Le brouillon du lien ne peut pas être ouvert : son contenu est illisible. Le reste de la carte fonctionne ; demandez un nouveau lien, ou le fichier.',
  'share.damaged.not-a-draft':
    'Le brouillon du lien ne peut pas être ouvert : son contenu n’est pas un brouillon de périmètre. Le reste de la carte fonctionne ; demandez un nouveau lien, ou le fichier.',
  'share.damaged.unsupported':
    'Le brouillon du lien ne peut pas être ouvert : ce navigateur ne sait pas le décompresser. Le reste de la carte fonctionne ; demandez un nouveau lien, ou le fichier.',
} as const;
