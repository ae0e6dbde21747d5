// The scale benchmark's turn-taking and its reading of GNU time: a build that always went first would
// carry that position into every ratio, and a misread report would print a CPU or memory figure that
// belongs to nothing.
import { describe, expect, it } from 'vitest';
import { readTimeReport } from '../../src/bench/gnu-time.ts';
import { median, pairRatios, roundOrder } from '../../src/bench/rounds.ts';

describe('roundOrder', () => {
	it('reverses the order every other round, so each build goes first as often as the others', () => {
		const rounds = [0, 1, 2, 3].map((i) => roundOrder(i, ['vanilla', 'ours', 'twin']));
		expect(rounds).toEqual([
			['vanilla', 'ours', 'twin'],
			['twin', 'ours', 'vanilla'],
			['vanilla', 'ours', 'twin'],
			['twin', 'ours', 'vanilla'],
		]);
		const first = rounds.map((r) => r[0]);
		expect(first.filter((b) => b === 'vanilla')).toHaveLength(first.filter((b) => b === 'twin').length);
	});

	it('leaves the list it is given alone', () => {
		const builds = ['a', 'b'];
		roundOrder(1, builds);
		expect(builds).toEqual(['a', 'b']);
	});
});

describe('pairRatios and median', () => {
	it('divides measurements of the same round', () => {
		expect(pairRatios([12, 10, 9], [10, 8, 9])).toEqual([1.2, 1.25, 1]);
		expect(median(pairRatios([12, 10, 9], [10, 8, 9]))).toBe(1.2);
	});

	it('refuses series of different lengths rather than pairing builds from different rounds', () => {
		expect(() => pairRatios([1, 2], [1])).toThrow(/2 measurements against 1/);
	});

	it('takes the upper middle value of an even list', () => {
		expect(median([4, 1, 3, 2])).toBe(3);
	});
});

describe('readTimeReport', () => {
	const report = [
		'\tCommand being timed: "node astro.mjs build"',
		'\tUser time (seconds): 7.91',
		'\tSystem time (seconds): 1.37',
		'\tPercent of CPU this job got: 138%',
		'\tMaximum resident set size (kbytes): 916480',
		'\tExit status: 0',
	].join('\n');

	it('reads peak memory in MiB and CPU time as user + system seconds', () => {
		const { peakMiB, cpuSeconds } = readTimeReport(`build output\n${report}`);
		expect(peakMiB).toBe(895);
		expect(cpuSeconds).toBeCloseTo(9.28, 10);
	});

	it('gives undefined for what the report lacks, not a zero', () => {
		expect(readTimeReport('no report here')).toEqual({ peakMiB: undefined, cpuSeconds: undefined });
		expect(readTimeReport(report.replace(/.*System time.*\n/, '')).cpuSeconds).toBeUndefined();
	});

	it('does not take a number the build printed for one of the fields', () => {
		expect(readTimeReport('[build] User time (seconds) is not 3\n').cpuSeconds).toBeUndefined();
	});
});
