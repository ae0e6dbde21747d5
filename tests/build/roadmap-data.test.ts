// The roadmap as data: /roadmap.json validates against /roadmap.schema.json, both as built, and holds
// every entry of the content graph. The plan page's own JavaScript stays within its budget.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { buildPlan } from '../../src/plan/build-plan.ts';
import { DEFAULT_HOURS } from '../../src/plan/model.ts';
import { planData } from '../../src/plan/plan-data.ts';
import type { RoadmapJson } from '../../src/schemas/roadmap-json.ts';
import { distDir, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixture-site.ts';
import { initialJsBytes } from '../support/js-weight.ts';

const { graph } = checkContent(projectRoot);
const built = (file: string) => JSON.parse(readFileSync(join(distDir, file), 'utf8'));

describe('/roadmap.json', () => {
	const doc: RoadmapJson = built('roadmap.json');
	const schema = built('roadmap.schema.json');

	it('validates against the built /roadmap.schema.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
		// The schema is strict: an unknown field or a missing one fails.
		expect(validate({ ...doc, extra: true })).toBe(false);
		expect(validate({ ...doc, entries: [{ ...doc.entries[0], url: undefined }] })).toBe(false);
	});

	it('holds every entry with its permanent id, page and short link', () => {
		const all = Object.values(graph.entries).flatMap((m) => [...m.values()]);
		expect(doc.entries.map((e) => `${e.kind}:${e.id}`).sort()).toEqual(all.map((e) => `${e.kind}:${e.id}`).sort());
		for (const entry of doc.entries) {
			expect(readPage(entry.path)).toContain(`<title>${entry.title.replaceAll('&', '&amp;')}`);
			expect(readFileSync(join(distDir, 's', entry.id, 'index.html'), 'utf8')).toContain(`url=${entry.path}`);
		}
		expect(doc.version).toBe(1);
	});
});

describe('/plan/', () => {
	const html = readPage('/plan/');

	it('shows every track at the default hours without JavaScript, row for row from buildPlan', () => {
		const data = planData(built('roadmap.json'));
		for (const track of data.tracks) {
			const result = buildPlan(data, { track: track.id, hoursPerWeek: DEFAULT_HOURS, start: '2027-01-04' });
			if (!result.ok) throw new Error(track.id);
			const start = html.indexOf(`id="track-${track.id}"`);
			const table = html.slice(start, html.indexOf('</table>', start));
			expect(table).toContain(`data-rows="${result.plan.totalWeeks}"`);
			const last = result.plan.weeks.at(-1)!;
			const row = table.slice(table.indexOf(`data-row="week-${last.week}"`));
			for (const s of last.skills) expect(row).toContain(`href="${s.skill.href}"`);
		}
		expect(html).toMatch(/<form class="roadmap-plan__form" data-plan-form hidden/);
	});

	it('embeds the plan slice of /roadmap.json, and ships at most 6 KB gzipped of its own JavaScript', () => {
		const embedded = /<script type="application\/json" id="roadmap-plan-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
		expect(JSON.parse(embedded)).toEqual(planData(built('roadmap.json')));
		const others = new Set(initialJsBytes(readPage('/guides/how-to-use/')).files);
		const own = initialJsBytes(html).files.filter((f) => !others.has(f));
		const gzipped = own.reduce((n, f) => n + gzipSync(readFileSync(join(distDir, f))).length, 0);
		console.log(`plan page's own JS: ${own.join(', ')}: ${gzipped} bytes gzipped; embedded data ${gzipSync(embedded).length} bytes gzipped`);
		expect(own.length).toBeGreaterThan(0);
		expect(gzipped).toBeLessThanOrEqual(6 * 1024);
	});
});
