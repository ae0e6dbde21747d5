import { describe, expect, it } from 'vitest';
import { readDoneSkills } from '../../src/plan/progress-adapter.ts';
import type { PlanData } from '../../src/plan/model.ts';
import {
	applyAliases,
	isDay,
	LEGACY_KEY,
	MAX_SKILLS,
	migrate,
	parseAliases,
	parseLegacy,
	parseProgress,
	PROGRESS_KEY,
	readProgress,
	type Progress,
	type SkillState,
} from '../../src/progress/store.ts';
import { countStates, serializeProgress, today, withState } from '../../src/progress/edit.ts';
import { countLine, trackProgress } from '../../src/progress/summary.ts';
import { decodeShare, encodeShare, exportFile, FILE_FORMAT, mergeProgress, parseImport } from '../../src/progress/transfer.ts';

const p = (entries: Record<string, [SkillState, string]>): Progress =>
	new Map(Object.entries(entries).map(([id, [state, date]]) => [id, { state, date }]));
const stored = (skills: unknown) => JSON.stringify({ version: 2, skills });

describe('progress store (v2)', () => {
	it('reads what it wrote, ids sorted so the value does not depend on click order', () => {
		const progress = withState(withState(new Map(), 'rag-fundamentals', 'in-progress', '2026-12-01'), 'eval-design', 'done', '2026-12-02');
		expect(serializeProgress(progress)).toBe(
			'{"version":2,"skills":{"eval-design":{"state":"done","date":"2026-12-02"},"rag-fundamentals":{"state":"in-progress","date":"2026-12-01"}}}',
		);
		expect(parseProgress(serializeProgress(progress))).toEqual(progress);
	});

	it('sets a state, changes it with a new date, and clears it back to "not started"', () => {
		let progress: Progress = new Map();
		progress = withState(progress, 'a', 'in-progress', '2026-01-01');
		progress = withState(progress, 'a', 'done', '2026-01-05');
		expect(progress.get('a')).toEqual({ state: 'done', date: '2026-01-05' });
		expect(withState(progress, 'a', undefined, '2026-01-06').has('a')).toBe(false);
		expect(progress.has('a')).toBe(true); // pure: the input is unchanged
	});

	it('counts each state among the ids asked about', () => {
		const progress = p({ a: ['done', '2026-01-01'], b: ['skipped', '2026-01-01'], c: ['in-progress', '2026-01-01'], x: ['done', '2026-01-01'] });
		expect(countStates(progress, ['a', 'b', 'c', 'd'])).toEqual({ done: 1, 'in-progress': 1, skipped: 1 });
	});

	it('accepts only real days written YYYY-MM-DD', () => {
		for (const ok of ['2026-12-06', '2028-02-29', '2000-01-01']) expect(isDay(ok), ok).toBe(true);
		for (const bad of ['2027-02-31', '2027-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '1999-12-31', '2026-12-06T00:00', 12, null, undefined, {}])
			expect(isDay(bad), String(bad)).toBe(false);
	});

	it('drops hostile stored entries and keeps the good ones: wrong types, 31 February, unknown states, odd ids', () => {
		const progress = parseProgress(
			stored({
				'eval-design': { state: 'done', date: '2026-12-01' },
				'bad-date': { state: 'done', date: '2027-02-31' },
				'bad-state': { state: 'mastered', date: '2026-12-01' },
				'no-object': 'done',
				'Not_An_Id': { state: 'done', date: '2026-12-01' },
				__proto__: { state: 'done', date: '2026-12-01' },
				'array-date': { state: 'done', date: ['2026-12-01'] },
			}),
		);
		expect([...progress.keys()]).toEqual(['eval-design']);
		for (const raw of [null, '', '{nope', '[]', '"x"', '42', 'null', '{"version":3,"skills":{}}', '{"skills":{"a":{"state":"done","date":"2026-01-01"}}}', '{"version":2,"skills":[]}'])
			expect(parseProgress(raw), String(raw)).toEqual(new Map());
	});

	it('does not spend time on huge values', () => {
		const huge = stored(Object.fromEntries(Array.from({ length: MAX_SKILLS + 1 }, (_, i) => [`s${i}`, { state: 'done', date: '2026-01-01' }])));
		expect(parseProgress(huge).size).toBe(0);
		expect(parseProgress('x'.repeat(10_000_000))).toEqual(new Map());
		expect(parseLegacy(JSON.stringify(Array.from({ length: 20_000 }, (_, i) => `s${i}`))).length).toBe(MAX_SKILLS);
	});
});

describe('migration from v1', () => {
	it('keeps every v1 tick as done, dated the day of migration, and asks for v2 to be written', () => {
		const { progress, write } = migrate(null, '["eval-design","rag-fundamentals",3,"Bad Id","eval-design"]', '2026-12-06');
		expect(progress).toEqual(p({ 'eval-design': ['done', '2026-12-06'], 'rag-fundamentals': ['done', '2026-12-06'] }));
		expect(write).toBe(true);
	});

	it('never overwrites a v2 mark with a v1 tick, but adds v1 ticks v2 lacks (an old tab wrote v1 again)', () => {
		const v2 = stored({ 'eval-design': { state: 'skipped', date: '2026-11-01' } });
		const { progress, write } = migrate(v2, '["eval-design","embeddings"]', '2026-12-06');
		expect(progress).toEqual(p({ 'eval-design': ['skipped', '2026-11-01'], embeddings: ['done', '2026-12-06'] }));
		expect(write).toBe(true);
	});

	it('writes nothing when there is no v1 value', () => {
		expect(migrate(stored({}), null, '2026-12-06').write).toBe(false);
		// An unreadable v1 value is still removed once v2 is written: it holds nothing to keep.
		expect(migrate(null, '{broken', '2026-12-06')).toEqual({ progress: new Map(), write: true });
	});

	it('reads both keys from a storage without writing', () => {
		const storage = new Map([[LEGACY_KEY, '["a"]'], [PROGRESS_KEY, stored({ b: { state: 'in-progress', date: '2026-01-01' } })]]);
		expect(readProgress({ getItem: (k) => storage.get(k) ?? null }, '2026-02-02')).toEqual(p({ a: ['done', '2026-02-02'], b: ['in-progress', '2026-01-01'] }));
	});

	it("dates a mark with the reader's own calendar day", () => {
		expect(today(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
	});
});

describe('merging an import', () => {
	const here = p({ a: ['done', '2026-05-01'], b: ['in-progress', '2026-05-01'], c: ['skipped', '2026-05-03'], d: ['done', '2026-05-01'] });
	const file = p({ b: ['done', '2026-05-02'], c: ['done', '2026-05-03'], d: ['in-progress', '2026-04-01'], e: ['skipped', '2026-01-01'] });

	it('adds new skills, takes the later date, keeps what is here on a tie or when newer, and never deletes', () => {
		const result = mergeProgress(here, file);
		expect(result.progress).toEqual(p({ a: ['done', '2026-05-01'], b: ['done', '2026-05-02'], c: ['skipped', '2026-05-03'], d: ['done', '2026-05-01'], e: ['skipped', '2026-01-01'] }));
		expect(result).toMatchObject({ added: ['e'], updated: ['b'], kept: ['c', 'd'] });
		expect(mergeProgress(here, new Map()).progress).toEqual(here);
	});

	it('is idempotent: importing the same file twice changes nothing more', () => {
		const once = mergeProgress(here, file).progress;
		const twice = mergeProgress(once, file);
		expect(twice.progress).toEqual(once);
		expect(twice.added).toEqual([]);
		expect(twice.updated).toEqual([]);
	});
});

describe('progress files', () => {
	const skills = new Set(['eval-design', 'embeddings', 'rag-fundamentals']);
	const mine = p({ 'eval-design': ['done', '2026-12-01'], embeddings: ['in-progress', '2026-12-03'] });

	it('round-trips: an exported file imports to the same progress', () => {
		const text = exportFile(mine, '2026-12-06');
		expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: 2, exported: '2026-12-06' });
		expect(parseImport(text, skills, '2026-12-06')).toEqual({ ok: true, progress: mine, unknown: [] });
	});

	it('reports ids this roadmap does not have by name, and imports the rest', () => {
		const text = exportFile(p({ 'eval-design': ['done', '2026-12-01'], 'quantum-ml': ['done', '2026-12-01'], 'old-skill': ['skipped', '2026-12-01'] }), '2026-12-06');
		const result = parseImport(text, skills, '2026-12-06');
		expect(result).toEqual({ ok: true, progress: p({ 'eval-design': ['done', '2026-12-01'] }), unknown: ['old-skill', 'quantum-ml'] });
	});

	const bad: [string, string, RegExp][] = [
		['not JSON', '{"format":', /not JSON/],
		['a v1 array', '["eval-design"]', /"format": "backend-to-ai-roadmap\/progress"/],
		['a foreign JSON file', '{"name":"my-app","version":"1.0.0"}', /was not exported from this site/],
		['a newer version', JSON.stringify({ format: FILE_FORMAT, version: 3, skills: {} }), /version 3, made by a newer version/],
		['no version', JSON.stringify({ format: FILE_FORMAT, skills: {} }), /"version" is missing/],
		['31 February', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: { 'eval-design': { state: 'done', date: '2026-02-31' } } }), /"eval-design": date "2026-02-31" is not a real day/],
		['a future date', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: { 'eval-design': { state: 'done', date: '2031-01-01' } } }), /date 2031-01-01 is in the future/],
		['a wrong state', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: { 'eval-design': { state: true, date: '2026-01-01' } } }), /state true is not one of done, in-progress, skipped/],
		['skills as an array', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: ['eval-design'] }), /"skills" is not an object/],
		['a hostile id', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: { '<img src=x>': { state: 'done', date: '2026-01-01' } } }), /"<img src=x>" is not a skill id/],
		['huge', JSON.stringify({ format: FILE_FORMAT, version: 2, skills: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`s${i}`, { state: 'done', date: '2026-01-01' }])) }), /3000 skills, more than/],
		['too many bytes', ' '.repeat(300 * 1024), /KB, and a progress file is far smaller/],
	];
	it.each(bad)('refuses %s with a clear message, reading nothing from it', (_, text, message) => {
		const result = parseImport(text, skills, '2026-12-06');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.message).toMatch(message);
			expect(result.message).toMatch(/Nothing was changed\.$/);
		}
	});

	it('lists at most three problems of a hand-edited file, then how many more', () => {
		const skillsObj = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { state: 'done', date: '2026-02-30' }]));
		const result = parseImport(JSON.stringify({ format: FILE_FORMAT, version: 2, skills: skillsObj }), skills, '2026-12-06');
		expect(result.ok || result.message).toMatch(/"c": date "2026-02-30" is not a real day written YYYY-MM-DD; and 2 more/);
	});
});

describe('share links', () => {
	const skills = new Set(['eval-design', 'embeddings', 'rag-fundamentals', 'vector-stores']);
	const mine = p({ 'eval-design': ['done', '2026-12-01'], 'vector-stores': ['done', '2026-12-01'], embeddings: ['in-progress', '2026-12-03'], 'rag-fundamentals': ['skipped', '2026-12-03'] });

	it('encodes states compactly, without dates, and decodes them back', () => {
		const fragment = encodeShare(mine);
		expect(fragment).toBe('p2~d:eval-design,vector-stores~i:embeddings~s:rag-fundamentals');
		expect(fragment).not.toMatch(/2026/);
		const decoded = decodeShare(`#${fragment}`, skills);
		expect(decoded).toEqual({ ok: true, unknown: [], states: new Map([['eval-design', 'done'], ['vector-stores', 'done'], ['embeddings', 'in-progress'], ['rag-fundamentals', 'skipped']]) });
		expect(encodeShare(new Map())).toBe('p2');
		expect(decodeShare('#p2', skills)).toEqual({ ok: true, states: new Map(), unknown: [] });
	});

	it('survives percent-encoding by a mail client, and sets unknown ids apart by name', () => {
		expect(decodeShare('#p2~d%3Aeval-design%2Cgone-skill', skills)).toEqual({ ok: true, states: new Map([['eval-design', 'done']]), unknown: ['gone-skill'] });
	});

	const tampered: [string, RegExp][] = [
		['#x9~d:eval-design', /does not start with "p2"/],
		['#p3~d:eval-design', /version 3/],
		['#p2~q:eval-design', /"q:eval-design" is not a state/],
		['#p2~deval-design', /is not a state/],
		['#p2~d:eval-design~d:embeddings', /"d" appears twice/],
		['#p2~d:eval-design~i:eval-design', /"eval-design" is given two states/],
		['#p2~d:<script>', /"<script>" is not a skill id/],
		['#p2~d:', /"" is not a skill id/],
		['#p2~d:%E0%A4%A', /broken %-escapes/],
		[`#p2~d:${'a,'.repeat(30_000)}a`, /far longer/],
		[`#p2~d:${Array.from({ length: 2500 }, (_, i) => `s${i}`).join(',')}`, /more than 2000 skills/],
	];
	it.each(tampered)('refuses a tampered link %#', (fragment, message) => {
		const result = decodeShare(fragment, skills);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});

describe('per-track summary', () => {
	const link = (id: string) => ({ id, title: id.toUpperCase(), href: `/skills/${id}/` });
	const data = {
		tracks: [{ ...link('t'), phases: ['p1', 'p2'], roles: [] }],
		phases: { p1: { ...link('p1'), skills: ['a', 'b'] }, p2: { ...link('p2'), skills: ['b', 'c', 'ghost'] } },
		skills: { a: { ...link('a'), hours: 1 }, b: { ...link('b'), hours: 1 }, c: { ...link('c'), hours: 1 } },
		roles: {},
	} satisfies PlanData;

	it('lists each skill once, in learning order, under its state', () => {
		const states = new Map([['c', 'done'], ['a', 'done'], ['b', 'skipped']] as const);
		const [row] = trackProgress(data, (id) => states.get(id as 'a'));
		expect(row!.done.map((s) => s.id)).toEqual(['a', 'c']);
		expect(row!.skipped.map((s) => s.id)).toEqual(['b']);
		expect(countLine(row!)).toBe('2 of 3 done, 0 in progress, 1 skipped');
	});
});

describe('the plan page reads the v2 store', () => {
	it('leaves out done and skipped skills, keeps in-progress ones, and still reads v1 ticks', () => {
		const values = new Map([
			[PROGRESS_KEY, stored({ a: { state: 'done', date: '2026-01-01' }, b: { state: 'skipped', date: '2026-01-01' }, c: { state: 'in-progress', date: '2026-01-01' } })],
			[LEGACY_KEY, '["d"]'],
		]);
		expect(readDoneSkills({ getItem: (k) => values.get(k) ?? null })).toEqual(new Set(['a', 'b', 'd']));
	});
});

describe('id aliases (redirects.yaml ids:)', () => {
	const v2 = (skills: Record<string, { state: string; date: string }>) => JSON.stringify({ version: 2, skills });

	it('moves a mark stored under a retired id to the id that replaced it, and asks for a write', () => {
		const { progress, write } = migrate(v2({ 'old-id': { state: 'done', date: '2026-11-01' } }), null, '2026-12-06', { 'old-id': 'new-id' });
		expect([...progress]).toEqual([['new-id', { state: 'done', date: '2026-11-01' }]]);
		expect(write).toBe(true);
	});

	it('keeps the later mark when both ids hold one, the current id on a tie', () => {
		const later = applyAliasesTo({ 'old-id': { state: 'done', date: '2026-11-02' }, 'new-id': { state: 'in-progress', date: '2026-11-01' } });
		expect(later.get('new-id')).toEqual({ state: 'done', date: '2026-11-02' });
		const tie = applyAliasesTo({ 'old-id': { state: 'done', date: '2026-11-01' }, 'new-id': { state: 'skipped', date: '2026-11-01' } });
		expect([...tie]).toEqual([['new-id', { state: 'skipped', date: '2026-11-01' }]]);
	});

	it('writes nothing when no alias applies', () => {
		expect(migrate(v2({ 'a-skill': { state: 'done', date: '2026-11-01' } }), null, '2026-12-06', { 'old-id': 'new-id' }).write).toBe(false);
	});

	it('reads only well-formed alias maps', () => {
		expect(parseAliases('{"old-id":"new-id","Bad Id":"x","a":"<b>"}')).toEqual({ 'old-id': 'new-id' });
		expect(parseAliases('["old-id"]')).toEqual({});
		expect(parseAliases('{')).toEqual({});
		expect(parseAliases(undefined)).toEqual({});
		expect(parseAliases('{"__proto__":"x"}')).toEqual({});
	});

	function applyAliasesTo(skills: Record<string, { state: string; date: string }>) {
		const progress = parseProgress(v2(skills));
		applyAliases(progress, { 'old-id': 'new-id' });
		return progress;
	}
});
