/**
 * Runs `work` on every item, at most `lanes` at a time, and rejects with the first failure. Small files
 * written or read one after another leave the disk idle between calls: 2,400 redirect pages took 600 ms
 * in turn and 150 ms sixteen at a time here (libuv runs file calls on its thread pool).
 */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T, lane: number) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async (index: number) => {
		while (next < items.length) await work(items[next++]!, index);
	};
	await Promise.all(Array.from({ length: Math.max(0, Math.min(lanes, items.length)) }, (_, index) => lane(index)));
}
