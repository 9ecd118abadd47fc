// Splits a GeoJSON FeatureCollection arriving in chunks into the text of each feature, without
// holding the file: the members before and after "features" are kept (they are small), the
// features are handed over one by one. A scanner of JSON's structure (strings, escapes, brackets);
// each feature's text is then read by JSON.parse.

export type SplitProblem = 'not-json' | 'not-collection';

export class FeatureCollectionSplitter {
  private mode: 'head' | 'array' | 'tail' = 'head';
  private head = '';
  private headScan = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private lastKey: string | null = null;
  private keyStart = -1;
  private lastStringStart = -1;
  private awaitingValueOf: string | null = null;
  private featuresKeyStart = -1;
  private element = '';
  private elementDepth = 0;
  private tail = '';

  /** The features completed by this chunk, as JSON texts. */
  push(chunk: string): string[] {
    const out: string[] = [];
    let text = chunk;
    if (this.mode === 'head') {
      this.head += text;
      const rest = this.scanHead();
      if (rest === null) return out;
      text = rest;
    }
    if (this.mode === 'array') text = this.scanArray(text, out) ?? '';
    if (this.mode === 'tail') this.tail += text;
    return out;
  }

  /** The top-level members before "features" (to write first); null until the array has begun. */
  prefix(): Record<string, unknown> | null {
    if (this.mode === 'head') return null;
    return JSON.parse(`${this.head.slice(0, this.featuresKeyStart)}"features":null}`) as Record<string, unknown>;
  }

  /** At the end of the input: the members after "features", or what is wrong with the text. */
  finish(): { ok: true; suffix: Record<string, unknown> } | { ok: false; problem: SplitProblem; detail?: string } {
    if (this.mode !== 'tail') {
      // Never reached a features array: either not JSON at all, or JSON of another shape.
      try {
        JSON.parse(this.mode === 'head' ? this.head : '');
        return { ok: false, problem: 'not-collection' };
      } catch (e) {
        return { ok: false, problem: 'not-json', detail: (e as Error).message };
      }
    }
    try {
      return { ok: true, suffix: JSON.parse(`{"features":null${this.tail}`) as Record<string, unknown> };
    } catch (e) {
      return { ok: false, problem: 'not-json', detail: (e as Error).message };
    }
  }

  /** Scans the head for `"features": [` at depth 1; returns the text after the bracket, or null. */
  private scanHead(): string | null {
    const h = this.head;
    for (let i = this.headScan; i < h.length; i++) {
      const c = h[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.inString = false;
          if (this.depth === 1) {
            this.lastKey = h.slice(this.stringStart, i + 1);
            this.keyStart = this.lastStringStart;
          }
        }
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
      if (this.awaitingValueOf !== null) {
        const key = this.awaitingValueOf;
        this.awaitingValueOf = null;
        if (this.depth === 1 && key === 'features' && c === '[') {
          this.mode = 'array';
          this.headScan = i + 1;
          const rest = h.slice(i + 1);
          this.head = h.slice(0, i + 1);
          return rest;
        }
      }
      if (c === '"') {
        this.inString = true;
        this.stringStart = i;
        this.lastStringStart = i;
      } else if (c === '{' || c === '[') this.depth++;
      else if (c === '}' || c === ']') this.depth--;
      else if (c === ':' && this.depth === 1 && this.lastKey !== null) {
        let key: unknown = null;
        try {
          key = JSON.parse(this.lastKey);
        } catch {
          key = null;
        }
        this.awaitingValueOf = typeof key === 'string' ? key : '';
        if (key === 'features') this.featuresKeyStart = this.keyStart;
        this.lastKey = null;
      }
    }
    this.headScan = h.length;
    return null;
  }

  /** Inside the features array: hands over each element; returns the text after `]`, or null. */
  private scanArray(text: string, out: string[]): string | null {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92)
          this.escaped = true; // backslash
        else if (c === 34) this.inString = false; // quote
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91)
        this.elementDepth++; // { [
      else if (c === 125 || c === 93) {
        // } ]
        if (this.elementDepth === 0) {
          // The array's own closing bracket.
          this.element += text.slice(from, i);
          if (this.element.trim()) out.push(this.element.trim());
          this.element = '';
          this.mode = 'tail';
          return text.slice(i + 1);
        }
        this.elementDepth--;
      } else if (c === 44 && this.elementDepth === 0) {
        // , between elements
        this.element += text.slice(from, i);
        out.push(this.element.trim());
        this.element = '';
        from = i + 1;
      }
    }
    this.element += text.slice(from);
    return null;
  }
}
