// The HTML a town or the CC pastes into its website to show the map (RGAA: an iframe has a title).
// Its addresses are written by the link grammar (state/url-grammar.ts), as every link of the app.
import { writeUrlState } from '../state/url-grammar';

/** The address of the embedded map: absolute and https (a site served over https cannot frame
 * http, and a protocol-relative URL breaks in a local file); the current view kept, or not. */
export function embedUrl(pageUrl: string, keepView: boolean): string {
  const url = new URL(pageUrl);
  url.protocol = 'https:';
  return `${url.origin}${url.pathname}${writeUrlState(keepView ? url.search : '', { embed: '1' })}${keepView ? url.hash : ''}`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EmbedOptions {
  readonly src: string;
  readonly title: string;
  /** Pixels, or null for the full width of the host page's column. */
  readonly width: number | null;
  readonly height: number;
}

export function embedCode({ src, title, width, height }: EmbedOptions): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width ?? '100%'}" height="${height}" loading="lazy" style="border:0" allow="geolocation; clipboard-write"></iframe>`;
}
