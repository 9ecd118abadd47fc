// Reads every .json / .geojson file (and the action table, suivi.csv) under a folder as text, keyed by its path relative to it.
// Files must be UTF-8 (a byte-order mark is accepted and dropped); others are named, not garbled.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText } from '../data/csv';
import { SUIVI_FILE } from '../data/suivi';

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
    const full = join(entry.parentPath, entry.name);
    const name = relative(dir, full).split(sep).join('/');
    // The action table is written by spreadsheets: UTF-8 or Windows-1252, read as they write it.
    if (entry.isFile() && name === SUIVI_FILE) files[name] = decodeText(readFileSync(full)).text;
    if (!entry.isFile() || !/\.(geo)?json$/.test(entry.name)) continue;
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
