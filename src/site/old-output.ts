import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A build's output from the last build, moved aside and deleted while the new build runs (issue 12).
 *
 * Astro empties the output folder before it builds, in the main thread: at 1,082 synthetic skills that
 * is some 10,000 files (pages, redirect pages, link-preview cards, Pagefind's index) and 1.5 s of the
 * build profile, with nothing else happening. Renaming the folder takes a moment; a worker thread
 * then deletes it beside the build, and the build waits for it only at its end.
 *
 * Where a move could surprise someone, nothing is moved and Astro empties the folder as before: an output
 * folder that is a symbolic link, holds a `.git` (Astro keeps it; a deploy worktree), is the project or
 * contains it, or sits on another disk than the trash.
 */

/** Where old outputs wait to be deleted: inside the project, ignored by git with the other caches. */
export const trashDir = (root: string) => join(root, 'node_modules', '.cache', 'roadmap-old-output');

/** Why `outDir` is not moved aside, or `undefined` when it may be. */
export function keepInPlace(outDir: string, root: string): string | undefined {
	const out = resolve(outDir);
	const project = resolve(root);
	if (!existsSync(out)) return 'there is no previous output';
	const rel = relative(out, project);
	if (rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))) return 'the output folder is the project or contains it';
	if (lstatSync(out).isSymbolicLink()) return 'the output folder is a symbolic link';
	if (existsSync(join(out, '.git'))) return 'the output folder holds a .git';
	const trash = trashDir(root);
	mkdirSync(trash, { recursive: true });
	if (statSync(out).dev !== statSync(trash).dev) return 'the output folder is on another disk than node_modules/.cache';
	return undefined;
}

/**
 * Moves the last output aside (a rename), and deletes everything waiting in the trash, this output and any
 * left by an interrupted build, in a worker thread. Resolves when the deletion is done; never rejects (a
 * file that cannot be deleted stays for the next build). `undefined` when nothing was moved.
 */
export function moveAsideAndDelete(outDir: string, root: string): { moved: string; deleted: Promise<void> } | undefined {
	if (keepInPlace(outDir, root)) return undefined;
	const trash = trashDir(root);
	const moved = join(trash, `${Date.now()}-${process.pid}`);
	try {
		renameSync(outDir, moved);
	} catch {
		return undefined; // busy, a mount point, no permission: Astro empties it in place
	}
	const old = readdirSync(trash).map((name) => join(trash, name));
	const worker = new Worker(
		`const { rmSync } = require('node:fs');
		for (const dir of require('node:worker_threads').workerData) {
			try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch {}
		}`,
		{ eval: true, workerData: old },
	);
	const deleted = new Promise<void>((done) => {
		worker.once('exit', () => done());
		worker.once('error', () => done());
	});
	return { moved, deleted };
}
