import type { Problem } from '../errors/problem.ts';
import type { Redirects } from '../schemas/redirects.ts';
import { generatedSections } from '../site/sections.ts';
import { bodyHeadings, parseBody, walk } from './check-headings.ts';
import type { EntryNode, PageNode, RoadmapGraph } from './model.ts';

/** A link written in an MDX body: Markdown link or definition, or an `href`/`src` attribute of a JSX or HTML element. */
export interface BodyLink {
	url: string;
	/** 0-based line in the body. */
	line: number;
}

const ATTRIBUTE = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']([^"']*)["']/gi;

/** Every link a body carries, as the Markdown parser sees it (code blocks and inline code are not links). */
export function linksInBody(body: string): BodyLink[] {
	const links: BodyLink[] = [];
	for (const node of walk(parseBody(body))) {
		const line = (node.position?.start.line ?? 1) - 1;
		if (node.type === 'link' || node.type === 'definition' || node.type === 'image') links.push({ url: node.url, line });
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			for (const attribute of node.attributes) {
				if (attribute.type === 'mdxJsxAttribute' && /^(href|src|action|formAction)$/i.test(attribute.name) && typeof attribute.value === 'string') links.push({ url: attribute.value, line });
			}
		} else if (node.type === 'html') {
			for (const match of node.value.matchAll(ATTRIBUTE)) links.push({ url: match[1]!, line });
		}
	}
	return links;
}

/**
 * A scheme that runs code or carries a whole document in the reader's browser. Browsers ignore ASCII
 * whitespace and control characters inside a scheme ("java\tscript:"), so those are removed first.
 */
export const isUnsafeUrl = (url: string) => /^(javascript|data|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

const ASSET = /\.[a-z0-9]+$/i;

/**
 * Links in page bodies: no `javascript:`/`data:` URL anywhere, and every internal link (site path,
 * #anchor or relative link) reaches a page
 * the check knows (an entry, a plain page, a short link, a redirect) and, where the check knows the
 * target's headings, an existing #anchor. Links inside generated diagrams and components are left to
 * the build, which checks the HTML.
 */
export function checkBodyLinks(
	graph: RoadmapGraph,
	redirects: Redirects,
	lockedAnchors: (path: string) => readonly string[] = () => [],
	/** Site paths of every page file, valid or not: a link to a page that failed its schema is not a second problem. */
	existing: ReadonlySet<string> = new Set(),
): Problem[] {
	const from: (EntryNode | PageNode)[] = [...Object.values(graph.entries).flatMap((m) => [...m.values()] as EntryNode[]), ...graph.pages];
	const pages = new Map<string, EntryNode | PageNode>(from.map((p) => [p.href, p]));
	const redirected = new Map(redirects.pages.map((r) => [r.from, r.to]));
	for (const entry of from) if ('id' in entry) redirected.set(`/s/${entry.id}/`, entry.href);
	for (const alias of redirects.ids) {
		const to = [...pages.values()].find((p) => 'id' in p && p.id === alias.to);
		if (to) redirected.set(`/s/${alias.from}/`, to.href);
	}
	const anchorCache = new Map<string, Set<string>>();
	const anchorsOf = (page: EntryNode | PageNode) => {
		let anchors = anchorCache.get(page.href);
		if (!anchors) {
			anchors = new Set(['_top', ...bodyHeadings(page.body).map((h) => h.slug), ...lockedAnchors(page.href)]);
			if ('kind' in page) for (const s of generatedSections[page.kind]) anchors.add(s.slug);
			for (const alias of redirects.anchors) if (alias.page === page.href) anchors.add(alias.from);
			anchorCache.set(page.href, anchors);
		}
		return anchors;
	};
	const resolve = (path: string) => {
		let current = path;
		for (let hops = 0; hops < 5; hops++) {
			const page = pages.get(current);
			if (page) return page;
			const next = redirected.get(current);
			if (!next) return undefined;
			current = next;
		}
		return undefined;
	};

	const problems: Problem[] = [];
	for (const page of from) {
		const lineOf = (line: number) => (page.bodyLine === undefined ? undefined : page.bodyLine + line);
		for (const link of linksInBody(page.body)) {
			if (isUnsafeUrl(link.url)) {
				problems.push({
					code: 'unsafe-url', file: page.file, line: lineOf(link.line), field: 'link',
					message: `"${link.url.slice(0, 60)}" uses the ${link.url.replace(/[\u0000-\u0020]/g, '').split(':')[0]!.toLowerCase()}: scheme, which runs code or carries a document in the reader's browser`,
					hint: 'Link to a site path (/skills/eval-design/), an #anchor or an https:// URL instead.',
				});
				continue;
			}
			// Site paths, #anchors and relative links (`../x/`, resolved against the page's own URL as a browser
			// does); not URLs with a scheme (`https:`, `mailto:`) or another host (`//x`).
			if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('//') || link.url === '') continue;
			let url: URL;
			try {
				url = new URL(link.url, `http://site${page.href}`);
			} catch {
				continue;
			}
			if (ASSET.test(url.pathname)) continue;
			const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
			const target = resolve(path);
			const hash = (() => {
				try {
					return decodeURIComponent(url.hash.slice(1));
				} catch {
					return url.hash.slice(1);
				}
			})();
			let message: string | undefined;
			let hint = 'Point the link at an existing page (paths are absolute with a trailing slash, e.g. /skills/eval-design/).';
			if (!target) {
				if (!existing.has(path)) message = `no page at ${path}`;
			}
			else if (hash && !anchorsOf(target).has(hash)) {
				message = `no #${hash} on ${target.href}`;
				hint = `Use one of its anchors: ${[...anchorsOf(target)].filter((a) => a !== '_top').slice(0, 10).map((a) => `#${a}`).join(', ')}.`;
			}
			if (!message) continue;
			problems.push({ code: 'broken-link', file: page.file, line: lineOf(link.line), field: 'link', message: `"${link.url}" is broken: ${message}`, hint });
		}
	}
	return problems;
}
