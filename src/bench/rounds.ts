// How the scale benchmark takes turns between builds, and what it makes of the pairs. Pure.

/**
 * The order of the builds in one round: as given in even rounds, reversed in odd ones (A B, B A, A B ...).
 * A build that always ran first (or always right after a given other one) would carry whatever that
 * position costs on a shared machine into every ratio; alternating the order spreads it over both.
 */
export function roundOrder<T>(round: number, builds: readonly T[]): T[] {
	return round % 2 === 0 ? [...builds] : [...builds].reverse();
}

/** Round-by-round ratios of two series of measurements taken in the same rounds (a[i] / b[i]). */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
	if (a.length !== b.length) throw new Error(`pairRatios: ${a.length} measurements against ${b.length}`);
	return a.map((x, i) => x / b[i]!);
}

/** The median of a non-empty list (the upper one of the middle two for an even length). */
export const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
