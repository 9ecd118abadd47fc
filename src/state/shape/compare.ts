// The compare slice's keys and actions, as the rest of the app sees them (implemented in ../compare.ts).
export const COMPARE_MODES = ['swipe', 'cote-a-cote', 'difference'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const DEFAULT_COMPARE_MODE: CompareMode = 'difference';

export interface CompareState {
  readonly a: string;
  readonly b: string;
  readonly mode: CompareMode;
}

export interface CompareSlice {
  readonly compare: CompareState | null;
  setCompare(compare: CompareState | null): void;
  /** Compare the version shown (B) with the one before it on the timeline (A). */
  openCompare(): void;
  /** Compare a version (B) with the version in force (A). */
  compareWithInForce(versionId: string): void;
}
