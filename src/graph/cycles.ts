/**
 * Finds cycles in a directed graph given as id -> ids it depends on.
 * Each cycle is returned once, as the path that closes it: ['a', 'b', 'a'].
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
	const state = new Map<string, 'active' | 'done'>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		state.set(node, 'active');
		stack.push(node);
		for (const next of edges.get(node) ?? []) {
			if (!edges.has(next)) continue; // dangling: reported as an unknown reference instead
			if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
	return cycles;
}
