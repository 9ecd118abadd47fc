// The extension slice's keys and actions, as the rest of the app sees them (implemented in ../extension.ts).
import type { ImportedIndicators } from '../../data/indicators';

export const MAX_COMPARED_SCENARIOS = 3;
/** A piste of programme.json, as a scenario id (versions keep their own ids). */
export const PISTE_PREFIX = 'piste:';

export interface ExtensionSlice {
  /** INSEE codes proposed to join, on top of the version shown; null when the view is closed. */
  readonly extension: readonly string[] | null;
  readonly indicators: ImportedIndicators | null;
  /** Scenario ids (versions, or `piste:<id>`) whose figures are compared side by side. */
  readonly comparedScenarios: readonly string[];
  openExtension(proposed?: readonly string[]): void;
  closeExtension(): void;
  /** Propose a commune, or withdraw it; the signatories of the version shown cannot be toggled. */
  toggleProposed(insee: string): void;
  setIndicators(indicators: ImportedIndicators | null): void;
  toggleComparedScenario(id: string): void;
}
