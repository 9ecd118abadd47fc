// The attribute CLI's input and output: the file read as text in chunks (UTF-8, or Windows-1252
// when its start is not UTF-8), a progress line for long files, and writes with back-pressure (a
// slow disk or pipe pauses the reading instead of filling memory).
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { decodeCp1252 } from '../data/csv';

/** Bad input, said in one French line (exit 1). */
export class InputError extends Error {}

/** The columns attribute adds; re-attributing a file replaces them instead of adding them twice. */
export const ADDED = ['commune_insee', 'commune_nom', 'sector_id', 'version'] as const;
/** Rows held before the first write, so that a file wrong from its first lines writes nothing. */
export const BATCH = 2000;

export type { Attribution } from '../geo/attribute';

export interface Progress {
  bytes: number;
  items: number;
}

/** What each format's attribution is given: the text, where it comes from, what to keep, progress. */
export interface Run {
  readonly file: string;
  readonly chunks: Readable;
  readonly insideOnly: boolean;
  readonly progress: Progress;
  readonly report: { tick(): void };
}

export function textChunks(file: string, progress: Progress, onCp1252: () => void): Readable {
  const bytes = createReadStream(file, { highWaterMark: 1 << 16 }); // 64 KB: rows die young, memory stays flat
  async function* decode(): AsyncGenerator<string> {
    let utf8: TextDecoder | null = null;
    let cp1252 = false;
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      progress.bytes += chunk.length;
      if (!utf8 && !cp1252) {
        try {
          utf8 = new TextDecoder('utf-8', { fatal: true });
          yield utf8.decode(chunk, { stream: true });
          continue;
        } catch {
          utf8 = null;
          cp1252 = true;
          onCp1252();
        }
      }
      if (cp1252) {
        yield decodeCp1252(chunk);
        continue;
      }
      try {
        yield utf8!.decode(chunk, { stream: true });
      } catch {
        throw new InputError(
          `${file} : octets invalides en UTF-8 vers l'octet ${progress.bytes - chunk.length} (le début du fichier est en UTF-8) : enregistrez-le entièrement en UTF-8.`,
        );
      }
    }
    if (utf8) {
      try {
        const rest = utf8.decode();
        if (rest) yield rest;
      } catch {
        throw new InputError(`${file} : le fichier se termine au milieu d'un caractère UTF-8.`);
      }
    }
  }
  return Readable.from(decode(), { objectMode: true, highWaterMark: 2 });
}

/** A line on stderr every few seconds for long files: rows done and share of the file read. */
export function progressReporter(file: string, size: number, progress: Progress, unit: string): { tick(): void; end(): void } {
  const every = Number(process.env.ATTRIBUTE_PROGRESS_MS ?? 2000);
  const started = Date.now();
  let last = started;
  let shown = false;
  const tty = process.stderr.isTTY;
  const line = () => `attribute : ${progress.items.toLocaleString('fr-FR')} ${unit} (${size ? Math.min(100, Math.round((progress.bytes / size) * 100)) : 100} % de ${file})`;
  return {
    tick() {
      const now = Date.now();
      if (now - last < every || now - started < every) return;
      last = now;
      shown = true;
      process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
    },
    end() {
      if (shown) process.stderr.write(tty ? `\r${line()}\n` : `${line()}\n`);
    },
  };
}

const out = process.stdout;
export async function write(text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
