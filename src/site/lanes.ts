/**
 * Runs `work` on every item, at most `lanes` at a time, and rejects with the first failure. The card
 * drawing keeps one worker thread busy per core this way (src/og/write-cards-fs.ts). Files are no longer
 * written in lanes from the main thread: their calls queued in libuv's four-thread pool ahead of Vite's own
 * reads, so a worker writes them instead (write-aside.ts).
 */
export async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.max(0, Math.min(lanes, items.length)) }, () => lane()));
}
