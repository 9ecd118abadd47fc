// Area measures shared by the overlap rule and the version diff, written once.

/** Below this, two areas are the same and an overlap is an edge shared by drawing: a square metre. */
export const SAME_AREA_M2 = 1;

/** Square metres to hectares, rounded to 0.01 ha (how the reports show them). */
export const hectares = (m2: number): number => Math.round(m2 / 100) / 100;

/** The sum of the amounts that are known; null when none is (an unknown budget is not 0 €). */
export const knownSum = (amounts: readonly (number | null)[]): number | null => (amounts.some((a) => a !== null) ? amounts.reduce((s: number, a) => s + (a ?? 0), 0) : null);
