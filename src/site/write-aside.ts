import { Worker } from 'node:worker_threads';

/** A file to write: its text (opened only if it does not exist when `exclusive`), or a copy of another file. */
export type FileJob = { file: string; text: string; exclusive?: boolean } | { file: string; copyOf: string };

/** A file that could not be written, with the system's error code (`EEXIST` for an exclusive file already there). */
export interface FileFailure {
	file: string;
	code: string | undefined;
	message: string;
}

// One file after another, with the synchronous calls, in the worker's own thread: nothing waits in libuv's
// thread pool (four threads, shared with Vite's and Astro's own file reads) and no callback runs in the main
// thread, which is bundling or rendering meanwhile.
const worker = `
const { copyFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const failures = [];
const made = new Set();
for (const job of workerData) {
	try {
		const dir = dirname(job.file);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		if ('copyOf' in job) copyFileSync(job.copyOf, job.file);
		else writeFileSync(job.file, job.text, { flag: job.exclusive ? 'wx' : 'w' });
	} catch (error) {
		failures.push({ file: job.file, code: error && error.code, message: String(error && error.message) });
	}
}
parentPort.postMessage(failures);
`;

/**
 * Writes files in a worker thread, beside whatever the main thread is doing: the redirect pages and
 * link-preview cards a build writes while Vite bundles (at 1,000 skills some 3,500 files). Resolves with the
 * files that failed; never rejects (a worker that cannot start fails every file).
 */
export function writeAside(jobs: readonly FileJob[]): Promise<FileFailure[]> {
	if (jobs.length === 0) return Promise.resolve([]);
	return new Promise((resolve) => {
		const all = (message: string): FileFailure[] => jobs.map((job) => ({ file: job.file, code: undefined, message }));
		let answered = false;
		try {
			const thread = new Worker(worker, { eval: true, workerData: jobs });
			thread.once('message', (failures: FileFailure[]) => ((answered = true), resolve(failures)));
			thread.once('error', (error) => resolve(all(`the writing thread failed: ${error.message}`)));
			thread.once('exit', (code) => {
				if (!answered) resolve(all(`the writing thread stopped (exit code ${code})`));
			});
		} catch (error) {
			resolve(all(`the writing thread could not start: ${error instanceof Error ? error.message : String(error)}`));
		}
	});
}
