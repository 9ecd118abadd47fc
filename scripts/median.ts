/** The median of timings (the upper one of an even count), as the benchmarks report it. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
