// The closed lists of the data model (provenance, axis, status, version state, porteur), without
// zod: the first screen reads them, the schemas (schemas.ts, loaded when something is validated)
// build their enums from them.
export const PROVENANCES = ['seed', 'public', 'indicatif'] as const;

export const AXES = ['habitat-logement', 'commerce', 'amenagements', 'mobilite'] as const;

export const STATUSES = ['programmee', 'etude', 'en-cours', 'realisee'] as const;

export const VERSION_STATES = ['en-vigueur', 'historique', 'projet'] as const;

export const PORTEUR_TYPES = ['commune', 'cc', 'partenaire'] as const;
