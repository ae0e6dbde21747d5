// Reads the report of GNU time (`/usr/bin/time -v`), which the benchmarks wrap each build in. Pure.

export interface TimeReport {
	/** Peak resident memory of the build process or any one child it waited for, in MiB. */
	peakMiB: number | undefined;
	/** CPU time, user and system, of the build and the children it waited for (Pagefind, workers' threads included), in seconds. */
	cpuSeconds: number | undefined;
}

const field = (report: string, name: string) => {
	const value = new RegExp(`^\\s*${name}: ([\\d.]+)\\s*$`, 'm').exec(report)?.[1];
	return value === undefined ? undefined : Number(value);
};

/** The peak memory and CPU time in a GNU time report; a field the report lacks is undefined. */
export function readTimeReport(stderr: string): TimeReport {
	const kb = field(stderr, 'Maximum resident set size \\(kbytes\\)');
	const [user, system] = [field(stderr, 'User time \\(seconds\\)'), field(stderr, 'System time \\(seconds\\)')];
	return { peakMiB: kb === undefined ? undefined : kb / 1024, cpuSeconds: user === undefined || system === undefined ? undefined : user + system };
}
