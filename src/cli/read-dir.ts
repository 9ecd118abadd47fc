// Reads every .json / .geojson file under a folder as text, keyed by its path relative to it.
// Files must be UTF-8 (a byte-order mark is accepted and dropped); others are named, not garbled.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DataDir {
  readonly files: Record<string, string>;
  /** Files that are not valid UTF-8 (left out of `files`). */
  readonly notUtf8: readonly string[];
}

export function readDataDirChecked(dir: string): DataDir {
  const files: Record<string, string> = {};
  const notUtf8: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(geo)?json$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const name = relative(dir, full).split(sep).join('/');
    try {
      files[name] = utf8.decode(readFileSync(full));
    } catch {
      notUtf8.push(name);
    }
  }
  return { files, notUtf8 };
}

export function readDataDir(dir: string): Record<string, string> {
  return readDataDirChecked(dir).files;
}
