// The last build's output is moved aside and deleted beside the next build (src/site/old-output.ts),
// except where a move could surprise someone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepInPlace, moveAsideAndDelete, trashDir } from '../../src/site/old-output.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A project folder with a built output of `files` pages. */
function project(files = 3): { root: string; out: string } {
	const root = mkdtempSync(join(tmpdir(), 'roadmap-old-output-'));
	dirs.push(root);
	const out = join(root, 'dist');
	for (let i = 0; i < files; i++) {
		mkdirSync(join(out, `page-${i}`), { recursive: true });
		writeFileSync(join(out, `page-${i}`, 'index.html'), `<p>${i}</p>`);
	}
	return { root, out };
}

describe('the last build output', () => {
	it('is moved aside at once and deleted in the background, with what an interrupted build left', async () => {
		const { root, out } = project(200);
		mkdirSync(join(trashDir(root), 'left-by-a-stopped-build', 'x'), { recursive: true });
		const aside = moveAsideAndDelete(out, root);
		expect(aside).toBeDefined();
		expect(existsSync(out)).toBe(false); // Astro finds nothing to empty
		await aside!.deleted;
		expect(readdirSync(trashDir(root))).toEqual([]);
	});

	it('stays where it is when moving it could surprise someone', () => {
		const { root, out } = project();
		expect(keepInPlace(join(root, 'nothing-here'), root)).toBe('there is no previous output');
		expect(keepInPlace(root, root)).toBe('the output folder is the project or contains it');
		expect(keepInPlace(join(root, '..'), root)).toBe('the output folder is the project or contains it');
		const link = join(root, 'linked-dist');
		symlinkSync(out, link);
		expect(keepInPlace(link, root)).toBe('the output folder is a symbolic link');
		mkdirSync(join(out, '.git'));
		expect(keepInPlace(out, root)).toBe('the output folder holds a .git');
		expect(moveAsideAndDelete(out, root)).toBeUndefined();
		expect(existsSync(join(out, 'page-0', 'index.html'))).toBe(true);
	});

	it('may sit outside the project (a --outDir elsewhere on the same disk)', async () => {
		const { root } = project(0);
		const elsewhere = project(2).out;
		expect(keepInPlace(elsewhere, root)).toBeUndefined();
		await moveAsideAndDelete(elsewhere, root)!.deleted;
		expect(existsSync(elsewhere)).toBe(false);
	});
});
