// Identifier patterns, written once: the schemas, the URL reader and the draft validation use them.

/** Stable, URL-safe identifier shared across perimeter versions (sectors, actions, versions). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An INSEE commune code: 5 characters, 2A/2B for Corsica. */
export const INSEE_PATTERN = /^\d[\dAB]\d{3}$/;

/** A name as an identifier of ID_PATTERN's shape (« Place de l’Église » →
 * "place-de-l-eglise"); empty when the name has no letter or digit. */
export const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
