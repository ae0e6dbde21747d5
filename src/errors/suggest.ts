/** Levenshtein distance, small inputs only (ids and field names). */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}

/** The closest candidate to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		const score = distance(input, candidate);
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	const limit = Math.max(2, Math.floor(input.length / 3));
	if (best !== undefined && bestScore <= limit) return best;
	// A shared prefix or containment catches renamed-but-similar ids ("rag-evals" -> "retrieval-evaluation" will not, "eval" -> "eval-design" will).
	for (const candidate of candidates) if (candidate.startsWith(input) || input.startsWith(candidate)) return candidate;
	return undefined;
}

/** "Did you mean "x"?" or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
	const match = closest(input, candidates);
	return match ? `Did you mean "${match}"? ` : '';
}
