// Identifier patterns, written once: the schemas, the URL reader and the draft validation use them.

/** Stable, URL-safe identifier shared across perimeter versions (sectors, actions, versions). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An INSEE commune code: 5 characters, 2A/2B for Corsica. */
export const INSEE_PATTERN = /^\d[\dAB]\d{3}$/;
