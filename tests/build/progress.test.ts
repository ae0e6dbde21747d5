// Build output of the progress feature: the byte budgets of its islands, the /progress/ page without
// JavaScript, and the marks' markup on maps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { planData } from '../../src/plan/plan-data.ts';
import { copyAnchorScript } from '../../src/site/copy-anchor.ts';
import { distDir, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixture-site.ts';
import { initialJsBytes } from '../support/js-weight.ts';

const { graph } = checkContent(projectRoot);
const skill = graph.entries.skill.get('eval-design')!;
const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id)!)!;
const track = graph.entries.track.get(graph.tracksOfPhase.get(phase.id)![0]!)!;
const gz = (text: string | Buffer) => gzipSync(text).length;

/** Script files a page loads that a plain content page (no island) does not: the page's own modules. */
const starlightOnly = new Set(initialJsBytes(readPage('/guides/how-to-use/')).files);
const ownFiles = (path: string) => initialJsBytes(readPage(path)).files.filter((f) => !starlightOnly.has(f));
const ownGzipped = (path: string) => ownFiles(path).reduce((n, f) => n + gz(readFileSync(join(distDir, f))), 0);

describe('progress in the built site', () => {
	it('keeps all our own JavaScript on a skill, phase and track page within 3 KB gzipped', () => {
		expect(readPage(skill.href)).toContain(copyAnchorScript);
		for (const path of [skill.href, phase.href, track.href]) {
			const files = ownFiles(path);
			// Each file gzipped on its own (more than one stream would be), plus the inline copy-link script.
			const total = ownGzipped(path) + gz(copyAnchorScript);
			console.log(`our own JS on ${path}: ${files.join(', ')} + copy-link script: ${total} bytes gzipped`);
			expect(files.some((f) => f.includes('ProgressScript'))).toBe(true);
			expect(total).toBeLessThanOrEqual(3 * 1024);
		}
	});

	it("keeps /progress/'s own island under 6 KB gzipped, and embeds the track data it shows", () => {
		const html = readPage('/progress/');
		const total = ownGzipped('/progress/');
		console.log(`/progress/ own JS: ${ownFiles('/progress/').join(', ')}: ${total} bytes gzipped`);
		expect(ownFiles('/progress/').some((f) => f.includes('ProgressPage'))).toBe(true);
		expect(total).toBeLessThan(6 * 1024);
		const embedded = /<script type="application\/json" id="roadmap-progress-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
		const data = JSON.parse(embedded) as ReturnType<typeof planData>;
		expect(Object.keys(data.skills).sort()).toEqual([...graph.entries.skill.keys()].sort());
		expect(data.tracks.map((t) => t.id)).toEqual(expect.arrayContaining([...graph.entries.track.keys()]));
	});

	it('renders /progress/ without JavaScript as an explanation, with every control hidden', () => {
		const html = readPage('/progress/');
		expect(html).toMatch(/<div data-p="static">\s*<p>Export, import and share links work in your browser/);
		expect(html).toMatch(/<section data-p="own" hidden/);
		expect(html).toMatch(/<section data-p="shared" hidden/);
	});

	it('links /progress/ from the skill control and from every map legend', () => {
		expect(readPage(skill.href)).toMatch(/<fieldset class="roadmap-progress roadmap-progress--skill" data-progress hidden[^>]*>[\s\S]*?<a href="\/progress\/"[^>]*>Export, import or share your progress<\/a>[\s\S]*?<\/fieldset>/);
		const trackHtml = readPage(track.href);
		const legends = trackHtml.match(/<div class="rm-legend"[\s\S]*?<\/div>/g) ?? [];
		expect(legends.length).toBeGreaterThan(0);
		for (const legend of legends) expect(legend).toContain('href="/progress/"');
	});

	it('gives every map node its three state marks, all hidden until the island sets a state', () => {
		const html = readPage(track.href);
		const nodes = html.match(/<a class="rm-map__skill"[\s\S]*?<\/a>/g) ?? [];
		expect(nodes.length).toBeGreaterThan(3);
		for (const node of nodes) {
			expect(node).not.toContain('data-progress-state');
			for (const state of ['done', 'in-progress', 'skipped']) expect(node).toContain(`data-state="${state}"`);
		}
	});
});
