import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/**
 * The sidebar's markup, rendered by Starlight once per build and filled in for each page (issue 12).
 *
 * Starlight renders the whole sidebar, every group and link, on every page: at 1,000 skills that is
 * 1,200 links and 79 groups, each group three components (its caret icon, a restore point, the nested
 * list), on each of 1,200 pages. Yet two pages' sidebars differ only in which link carries
 * `aria-current="page"` and which `<details>` are `open`. So the sidebar is rendered once, with no current
 * link and every group closed; this module cuts that markup at the two places a page can change (after each
 * `<details`, after each link's `href="..."`), and a page joins the pieces with its own `open` and
 * `aria-current`, after checking, entry by entry, that its sidebar is the one the template was cut from. The
 * result is Starlight's markup byte for byte: the test build renders both on every page
 * and fails on any difference (src/components/Sidebar.astro, ROADMAP_VERIFY_SIDEBAR).
 */

export type SidebarEntry = StarlightRouteData['sidebar'][number];
type Group = Extract<SidebarEntry, { type: 'group' }>;

/**
 * What a slot's markup was rendered from. A page's sidebar fits a template when every entry, in document
 * order, has the same depth, kind, label, link, fold and badge/attributes: strings Starlight copies from one
 * sidebar compare by pointer, so checking costs about as much as filling.
 */
type Slot = { depth: number; type: 'group' | 'link'; label: string; href: string; collapsed: boolean; extra: string };

/** Rendered sidebar markup cut at each slot; `pieces.length === slots.length + 1`. */
export type SidebarTemplate = { pieces: string[]; slots: Slot[] };

/** A copy to render the template from: no current link, every group closed. */
export function neutralSidebar(sidebar: SidebarEntry[]): SidebarEntry[] {
	return sidebar.map((entry) =>
		entry.type === 'link' ? { ...entry, isCurrent: false } : { ...entry, collapsed: true, entries: neutralSidebar(entry.entries) },
	);
}

/** Badge and link attributes, as text, when an entry has any (most have none). */
function extra(entry: SidebarEntry): string {
	const attrs = entry.type === 'link' && Object.keys(entry.attrs).length > 0 ? entry.attrs : undefined;
	return entry.badge || attrs ? JSON.stringify([entry.badge, attrs]) : '';
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
	const pieces: string[] = [];
	let from = 0;
	for (const slot of slots) {
		let at: number;
		if (slot.type === 'group') {
			const start = html.indexOf(DETAILS, from);
			if (start < 0) return undefined;
			at = start + DETAILS.length;
		} else {
			const start = html.indexOf(LINK, from);
			if (start < 0) return undefined;
			const close = html.indexOf('"', start + LINK.length);
			if (close < 0) return undefined;
			at = close + 1;
		}
		pieces.push(html.slice(from, at));
		from = at;
	}
	pieces.push(html.slice(from));
	// Exactly one `<details` per group and one link per link entry, in order, or the cuts are not trustworthy.
	const count = (needle: string) => html.split(needle).length - 1;
	if (count(DETAILS) !== slots.filter((s) => s.type === 'group').length) return undefined;
	if (count(LINK) !== slots.filter((s) => s.type === 'link').length) return undefined;
	return { pieces, slots };
}

/** Whether a group holds the current page at any depth (Starlight's `sidebarGroupHasCurrent`, uncached). */
function hasCurrent(group: Group): boolean {
	return group.entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : hasCurrent(entry)));
}

/**
 * The page's sidebar markup: the template with this page's `open` groups and current link, or `undefined`
 * when the page's sidebar is not the one the template was rendered from.
 */
export function fillSidebar(template: SidebarTemplate, sidebar: SidebarEntry[]): string | undefined {
	const { pieces, slots } = template;
	const parts: string[] = [pieces[0]!];
	let i = 0;
	const walk = (entries: SidebarEntry[], depth: number): boolean => {
		for (const entry of entries) {
			const slot = slots[i];
			if (!slot || slot.depth !== depth || slot.type !== entry.type || slot.label !== entry.label) return false;
			if (entry.type === 'link') {
				if (slot.href !== entry.href) return false;
				parts.push(entry.isCurrent ? ' aria-current="page"' : '');
			} else {
				if (slot.collapsed !== entry.collapsed) return false;
				parts.push(hasCurrent(entry) || !entry.collapsed ? ' open' : '');
			}
			const hasExtra = entry.badge !== undefined || (entry.type === 'link' && Object.keys(entry.attrs).length > 0);
			if ((hasExtra || slot.extra !== '') && slot.extra !== extra(entry)) return false;
			parts.push(pieces[++i]!);
			if (entry.type === 'group' && !walk(entry.entries, depth + 1)) return false;
		}
		return true;
	};
	return walk(sidebar, 0) && i === slots.length ? parts.join('') : undefined;
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
