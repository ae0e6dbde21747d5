// The sidebar is rendered once per build and filled in per page (src/sidebar/sidebar-template.ts). These
// tests use a renderer written like Starlight's SidebarSublist; the test build compares the real one on
// every page (ROADMAP_VERIFY_SIDEBAR=1 in tests/support/build-site.ts).
import { describe, expect, it } from 'vitest';
import { sidebarMismatch } from '../../src/sidebar/sidebar-cache.ts';
import { fillSidebar, neutralSidebar, SidebarTemplates, sidebarTemplate, type SidebarEntry } from '../../src/sidebar/sidebar-template.ts';

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const attrs = (a: Record<string, unknown>) => Object.entries(a).map(([k, v]) => ` ${k}="${String(v).replaceAll('"', '&quot;')}"`).join('');
const hasCurrent = (g: Extract<SidebarEntry, { type: 'group' }>): boolean => g.entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e)));

/** SidebarSublist's markup, attribute order and all (@astrojs/starlight 0.42). */
function starlight(sublist: SidebarEntry[], nested = false, counter = { index: 0 }): string {
	const items = sublist.map((e) =>
		e.type === 'link'
			? `<li><a href="${escape(e.href)}"${e.isCurrent ? ' aria-current="page"' : ''} class="${nested ? '' : 'large '}x"${attrs(e.attrs)}><span>${escape(e.label)}</span>${e.badge ? `<span class="sl-badge">${escape(e.badge.text)}</span>` : ''}</a></li>`
			: `<li><details${hasCurrent(e) || !e.collapsed ? ' open' : ''} class="x"><summary><span class="large">${escape(e.label)}</span><svg class="caret"></svg></summary><sl-sidebar-restore data-index="${counter.index++}"></sl-sidebar-restore>${starlight(e.entries, true, counter)}</details></li>`,
	);
	return `<ul${nested ? '' : ' class="top-level"'}>${items.join('')}</ul>`;
}

const link = (label: string, href: string, extra: Partial<Extract<SidebarEntry, { type: 'link' }>> = {}): SidebarEntry => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {}, ...extra });
const group = (label: string, entries: SidebarEntry[], collapsed = true): SidebarEntry => ({ type: 'group', label, entries, collapsed, badge: undefined });

const sidebar: SidebarEntry[] = [
	group('Start here', [link('Home', '/'), link('Plan', '/plan/')], false),
	group('Phases', [
		link('All phases', '/phases/'),
		group('Weeks 1–4: Foundations', [link('Phase overview', '/phases/foundations/'), link('Python & NumPy <fast>', '/skills/python/'), link('Tensors', '/skills/tensors/', { badge: { text: 'new', variant: 'note' } })]),
		group('Weeks 5–8: Models', [link('Phase overview', '/phases/models/'), link('Evals', '/skills/evals/', { attrs: { 'data-kind': 'skill "quoted"' } })]),
	]),
	group('Notes', [link('Overview', '/notes/'), link('Same page twice', '/plan/')]),
];

/** The sidebar as Starlight hands it to the page at `href`: that link current (every link with that href). */
function at(href: string | undefined, entries = sidebar): SidebarEntry[] {
	return entries.map((e) => (e.type === 'link' ? { ...e, isCurrent: e.href === href } : { ...e, entries: at(href, e.entries) }));
}

const hrefs = ['/', '/plan/', '/phases/', '/phases/foundations/', '/skills/python/', '/skills/tensors/', '/skills/evals/', '/notes/', undefined];

describe('sidebar template', () => {
	const template = sidebarTemplate(starlight(neutralSidebar(sidebar)), sidebar)!;

	it('gives Starlight’s markup for every page: its current link, the groups that hold it and the open groups', () => {
		expect(template).toBeDefined();
		for (const href of hrefs) expect(fillSidebar(template, at(href))).toBe(starlight(at(href)));
	});

	it('opens a collapsed group only on the pages inside it', () => {
		expect(fillSidebar(template, at('/skills/evals/'))).toMatch(/<details open class="x"><summary><span class="large">Weeks 5–8/);
		expect(fillSidebar(template, at('/skills/python/'))).toMatch(/<details class="x"><summary><span class="large">Weeks 5–8/);
	});

	it('does not fit a sidebar whose label, link, fold, badge, attributes or nesting changed', () => {
		const notes = (...entries: SidebarEntry[]) => at('/', [...sidebar.slice(0, 2), ...entries]);
		const changed = [
			notes(group('Notes!', [link('Overview', '/notes/'), link('Same page twice', '/plan/')])),
			notes(group('Notes', [link('Overview', '/notes/x/'), link('Same page twice', '/plan/')])),
			notes(group('Notes', [link('Overview', '/notes/'), link('Same page twice', '/plan/')], false)),
			notes(group('Notes', [link('Overview', '/notes/', { badge: { text: 'x', variant: 'tip' } }), link('Same page twice', '/plan/')])),
			notes(group('Notes', [link('Overview', '/notes/', { attrs: { target: '_blank' } }), link('Same page twice', '/plan/')])),
			notes(group('Notes', [link('Overview', '/notes/')]), link('Same page twice', '/plan/')),
			notes(group('Notes', [link('Overview', '/notes/'), link('Same page twice', '/plan/'), link('One more', '/more/')])),
			notes(group('Notes', [link('Overview', '/notes/')])),
			at('/', sidebar.slice(0, 2)),
		];
		expect(fillSidebar(template, notes(group('Notes', [link('Overview', '/notes/'), link('Same page twice', '/plan/')])))).toBe(starlight(at('/')));
		for (const other of changed) expect(fillSidebar(template, other)).toBeUndefined();
	});

	it('is not trusted when the markup has more `<details` or links than the sidebar has groups and links', () => {
		// A forker's link attribute that holds markup: Astro escapes quotes in attribute values, not `<`.
		const hostile = [...sidebar, link('Odd', '/odd/', { attrs: { title: 'a <details> element' } })];
		expect(starlight(neutralSidebar(hostile))).toContain('title="a <details> element"');
		expect(sidebarTemplate(starlight(neutralSidebar(hostile)), hostile)).toBeUndefined();
		// A link written by something other than the sidebar (a badge that renders one, say).
		const withLink = starlight(neutralSidebar(sidebar)).replace('<svg class="caret"></svg>', '<svg class="caret"></svg><a href="/x/">x</a>');
		expect(sidebarTemplate(withLink, sidebar)).toBeUndefined();
		// Markup of another shape (a Starlight update that drops <details>) is not cut either.
		expect(sidebarTemplate(starlight(neutralSidebar(sidebar)).replaceAll('<details', '<div'), sidebar)).toBeUndefined();
	});

	it('keeps the most recently used templates up to its limit, and stops learning after a sidebar it cannot cut', () => {
		const templates = new SidebarTemplates(2);
		const other = [...sidebar, link('Extra', '/extra/')];
		const third = [...sidebar, group('More', [link('Extra', '/extra/')])];
		expect(templates.fill(at('/'))).toBeUndefined();
		templates.learn(sidebar, starlight(neutralSidebar(sidebar)));
		expect(templates.fill(at('/plan/'))).toBe(starlight(at('/plan/')));
		templates.learn(other, starlight(neutralSidebar(other)));
		expect(templates.fill(at('/extra/', other))).toBe(starlight(at('/extra/', other)));
		expect(templates.fill(at('/'))).toBe(starlight(at('/'))); // now the most recent
		templates.learn(third, starlight(neutralSidebar(third)));
		expect(templates.fill(at('/', third))).toBe(starlight(at('/', third)));
		expect(templates.fill(at('/'))).toBe(starlight(at('/')));
		expect(templates.fill(at('/extra/', other))).toBeUndefined(); // least recently used, gone
		expect(templates.learning).toBe(true);
		expect(templates.learn(other, '<ul></ul>')).toBeUndefined();
		expect(templates.learning).toBe(false);
	});

	it('stops learning when sidebars keep changing', () => {
		const templates = new SidebarTemplates(1);
		for (let n = 0; n < 4; n++) {
			expect(templates.learning).toBe(true);
			const each = [...sidebar, link(`Page ${n}`, `/p${n}/`)];
			templates.learn(each, starlight(neutralSidebar(each)));
		}
		expect(templates.learning).toBe(false);
	});

	it('names the page and the first difference when the verification fails', () => {
		expect(sidebarMismatch('/x/', 'abc', 'abc')).toBeUndefined();
		const message = sidebarMismatch('/x/', '<a href="/">', '<a href="/" aria-current="page">')!;
		expect(message.split('\n')[0]).toBe('Sidebar of /x/ (12 vs 32 characters): the cached template gives');
		expect(message).toContain('where Starlight renders\n  "<a href=\\"/\\" aria-current=\\"page\\">"');
	});
});
