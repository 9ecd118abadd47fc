// Checks already done elsewhere (the import checks a file under the rules of the draft it becomes),
// handed to the draft's panel so that a large draft is not checked twice.
import type { SectorProblem } from '../geo/validate-sectors';

const known = new WeakMap<object, readonly SectorProblem[]>();

export function rememberChecked(sectors: object, problems: readonly SectorProblem[]): void {
  known.set(sectors, problems);
}

/** The problems found for these sectors, once (then forgotten). */
export function checkedAlready(sectors: object): readonly SectorProblem[] | undefined {
  const problems = known.get(sectors);
  known.delete(sectors);
  return problems;
}
