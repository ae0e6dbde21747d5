import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/**
 * The sidebar's markup, rendered by Starlight once per build and filled in for each page (issue 12).
 *
 * Starlight renders the whole sidebar, every group and link, on every page: at 1,000 skills that is
 * 1,200 links and 79 groups, each group three components (its caret icon, a restore point, the nested
 * list), on each of 1,200 pages. Yet two pages' sidebars differ only in which link carries
 * `aria-current="page"` and which `<details>` are `open`. So the sidebar is rendered once, with no current
 * link and every group closed; this module notes the two kinds of places a page can change (after each
 * `<details`, after each link's `href="..."`), and a page inserts its own `open` and `aria-current` there,
 * after checking, entry by entry, that its sidebar is the one the template was rendered from. The
 * result is Starlight's markup byte for byte: the test build renders both on every page
 * and fails on any difference (src/components/Sidebar.astro, ROADMAP_VERIFY_SIDEBAR).
 */

export type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * What a slot's markup was rendered from. A page's sidebar fits a template when every entry, in document
 * order, has the same depth, kind, label, link, fold and badge/attributes: strings Starlight copies from one
 * sidebar compare by pointer, so checking costs about as much as filling.
 */
type Slot = { depth: number; type: 'group' | 'link'; label: string; href: string; collapsed: boolean; extra: string };

/** Rendered sidebar markup, and where each slot's mark would go in it (`at[i]` for `slots[i]`). */
export type SidebarTemplate = { html: string; at: number[]; slots: Slot[] };

/** A copy to render the template from: no current link, every group closed. */
export function neutralSidebar(sidebar: SidebarEntry[]): SidebarEntry[] {
	return sidebar.map((entry) =>
		entry.type === 'link' ? { ...entry, isCurrent: false } : { ...entry, collapsed: true, entries: neutralSidebar(entry.entries) },
	);
}

/** Whether an object has a key of its own (without building the array of keys, once per link per page). */
function hasKeys(object: object): boolean {
	for (const key in object) if (Object.hasOwn(object, key)) return true;
	return false;
}

/** Whether an entry has a badge or link attributes (most have neither). */
const hasExtra = (entry: SidebarEntry) => entry.badge !== undefined || (entry.type === 'link' && hasKeys(entry.attrs));

/** Badge and link attributes, as text, when an entry has any. */
function extra(entry: SidebarEntry): string {
	return hasExtra(entry) ? JSON.stringify([entry.badge, entry.type === 'link' ? entry.attrs : undefined]) : '';
}

const slotOf = (entry: SidebarEntry, depth: number): Slot =>
	entry.type === 'link'
		? { depth, type: 'link', label: entry.label, href: entry.href, collapsed: false, extra: extra(entry) }
		: { depth, type: 'group', label: entry.label, href: '', collapsed: entry.collapsed, extra: extra(entry) };

/** The entries in document order, as Starlight's `SidebarSublist` writes them, with their depth. */
function preorder(sidebar: SidebarEntry[], depth = 0, out: Slot[] = []): Slot[] {
	for (const entry of sidebar) {
		out.push(slotOf(entry, depth));
		if (entry.type === 'group') preorder(entry.entries, depth + 1, out);
	}
	return out;
}

const DETAILS = '<details';
const LINK = '<a href="';

/**
 * Cuts the markup Starlight rendered for `neutralSidebar(sidebar)` into a template, or returns
 * `undefined` when the markup is not what this module expects (a Starlight update, or attributes that
 * contain `<details` or `<a href="`): the page then keeps Starlight's own rendering.
 */
export function sidebarTemplate(html: string, sidebar: SidebarEntry[]): SidebarTemplate | undefined {
	const slots = preorder(sidebar);
	const at: number[] = [];
	let from = 0;
	for (const slot of slots) {
		if (slot.type === 'group') {
			const start = html.indexOf(DETAILS, from);
			if (start < 0) return undefined;
			from = start + DETAILS.length;
		} else {
			const start = html.indexOf(LINK, from);
			if (start < 0) return undefined;
			const close = html.indexOf('"', start + LINK.length);
			if (close < 0) return undefined;
			from = close + 1;
		}
		at.push(from);
	}
	// Exactly one `<details` per group and one link per link entry, in order, or the cuts are not trustworthy.
	const count = (needle: string) => html.split(needle).length - 1;
	if (count(DETAILS) !== slots.filter((s) => s.type === 'group').length) return undefined;
	if (count(LINK) !== slots.filter((s) => s.type === 'link').length) return undefined;
	return { html, at, slots };
}

/**
 * The page's sidebar markup: the template with this page's `open` groups and current link, or `undefined`
 * when the page's sidebar is not the one the template was rendered from. Only the few marks a page has are
 * inserted; the markup between them is sliced from the template.
 */
export function fillSidebar(template: SidebarTemplate, sidebar: SidebarEntry[]): string | undefined {
	const { html, at, slots } = template;
	const marks: [at: number, text: string][] = [];
	let i = 0;
	/** Checks `entries` against the slots from `i` on, and says whether one of them is the current page. */
	const walk = (entries: SidebarEntry[], depth: number): boolean | undefined => {
		let current = false;
		for (const entry of entries) {
			const slot = slots[i];
			if (!slot || slot.depth !== depth || slot.type !== entry.type || slot.label !== entry.label) return undefined;
			if ((slot.extra !== '' || hasExtra(entry)) && slot.extra !== extra(entry)) return undefined;
			const here = at[i++]!;
			if (entry.type === 'link') {
				if (slot.href !== entry.href) return undefined;
				if (entry.isCurrent) {
					marks.push([here, ' aria-current="page"']);
					current = true;
				}
			} else {
				if (slot.collapsed !== entry.collapsed) return undefined;
				const mark = marks.push([here, '']) - 1;
				const inside = walk(entry.entries, depth + 1);
				if (inside === undefined) return undefined;
				if (inside || !entry.collapsed) marks[mark]![1] = ' open';
				current ||= inside;
			}
		}
		return current;
	};
	if (walk(sidebar, 0) === undefined || i !== slots.length) return undefined;
	let out = '';
	let from = 0;
	for (const [where, text] of marks) {
		if (text === '') continue;
		out += html.slice(from, where) + text;
		from = where;
	}
	return out + html.slice(from);
}

/**
 * The build's templates, most recently used first. One site has one sidebar, so one template; pages given
 * their own sidebar (StarlightPage's `sidebar` prop) add theirs, and past `limit` the least recently used
 * goes, so it never grows with the site. Learning stops for good after a sidebar that could not be cut, or
 * after `limit * 4` templates (sidebars that change on every page): pages keep Starlight's rendering then.
 */
export class SidebarTemplates {
	readonly #templates: SidebarTemplate[] = [];
	#learnt = 0;
	#refused = false;
	readonly limit: number;
	constructor(limit = 8) {
		this.limit = limit;
	}

	/** Whether a page that no template fits should render a neutral sidebar to learn from. */
	get learning(): boolean {
		return !this.#refused && this.#learnt < this.limit * 4;
	}

	/** The page's markup from a known template, `undefined` when no template fits this sidebar. */
	fill(sidebar: SidebarEntry[]): string | undefined {
		for (const [index, template] of this.#templates.entries()) {
			const html = fillSidebar(template, sidebar);
			if (html === undefined) continue;
			if (index > 0) this.#templates.unshift(...this.#templates.splice(index, 1));
			return html;
		}
		return undefined;
	}

	/** Keeps the template cut from `html`, Starlight's rendering of `neutralSidebar(sidebar)`, and returns it. */
	learn(sidebar: SidebarEntry[], html: string): SidebarTemplate | undefined {
		const template = sidebarTemplate(html, sidebar);
		if (!template) {
			this.#refused = true;
			return undefined;
		}
		this.#learnt++;
		this.#templates.unshift(template);
		this.#templates.length = Math.min(this.#templates.length, this.limit);
		return template;
	}
}
