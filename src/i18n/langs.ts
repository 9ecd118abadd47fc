/** The UI's languages: French by default, English when chosen. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
