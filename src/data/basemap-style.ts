// The few things the map needs of a basemap's style document (services/basemap-style.ts checks a
// reply against them; the map is handed styles of this shape).
export interface BasemapStyle {
  readonly version: 8;
  readonly sources: Readonly<Record<string, { readonly type: string; readonly [key: string]: unknown }>>;
  readonly layers: readonly { readonly id: string; readonly type: string; readonly [key: string]: unknown }[];
  readonly glyphs?: string;
  readonly sprite?: string | readonly { readonly id: string; readonly url: string }[];
  readonly [key: string]: unknown;
}
