import { categoryLabel, entrySummary, windowLabel } from '../graph/labels.ts';
import type { EntryKind, EntryNode, PageNode, RoadmapGraph } from '../graph/model.ts';
import { absoluteUrl } from '../site/url.ts';
import { sourceLabel, trackPath } from '../site/entry-view.ts';

/**
 * /llms.txt, /llms-full.txt and /llms-small.txt (the llmstxt.org convention), written from the typed graph.
 * Most of a page here is its frontmatter (a skill's proof, pitfalls and resources), which a renderer of MDX
 * bodies never sees; these files carry both. Pure functions of the graph and where the site is published.
 */
export interface LlmsSite {
	/** The site's origin, e.g. `https://example.org/`. */
	site: string;
	/** The base path, `/` by default. */
	base: string;
	title: string;
	description: string;
}

const kindOrder: readonly EntryKind[] = ['track', 'phase', 'skill', 'role', 'note', 'project'];
const kindHeading: Record<EntryKind, string> = { track: 'Tracks', phase: 'Phases', skill: 'Skills', role: 'Roles', note: 'Notes', project: 'Projects' };
const kindName: Record<EntryKind, string> = { track: 'Track', phase: 'Phase', skill: 'Skill', role: 'Role', note: 'Note', project: 'Project' };

const url = (href: string, s: LlmsSite) => absoluteUrl(href, s.site, s.base);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const list = (items: readonly string[]) => items.map((i) => `- ${oneLine(i)}`).join('\n');
const links = (entries: readonly { title: string; href: string }[], s: LlmsSite) => entries.map((e) => `[${e.title}](${url(e.href, s)})`).join(', ');

/** The entries of one kind in reading order: phases by plan and order, everything else as the graph holds it. */
function entriesOf<K extends EntryKind>(graph: RoadmapGraph, kind: K): EntryNode<K>[] {
	const all = [...(graph.entries[kind] as Map<string, EntryNode<K>>).values()];
	if (kind !== 'phase') return all;
	const order = [...graph.phasesOfPlan.values()].flat();
	return [...all].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * An MDX body as plain Markdown: imports and exports dropped, a line that is only a component (`<Foo />`)
 * replaced by a pointer to the page (what it renders is generated there), site links made absolute.
 */
export function bodyMarkdown(body: string, pageUrl: string, s: LlmsSite): string {
	return body
		.split('\n')
		.filter((line) => !/^(import|export)\s/.test(line))
		.map((line) => (/^\s*<[A-Z][\w.]*(\s[^>]*)?\/>\s*$/.test(line) ? `(Generated from the roadmap's data on the page: ${pageUrl})` : line))
		.join('\n')
		.replace(/\]\((\/[^)\s]*)\)/g, (_, href: string) => `](${url(href, s)})`)
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** The facts a page shows in its box, as `- Label: value` lines. */
function facts(graph: RoadmapGraph, entry: EntryNode, s: LlmsSite): string[] {
	const e = entry as { [K in EntryKind]: EntryNode<K> }[EntryKind];
	const lookup = <K extends EntryKind>(kind: K, ids: readonly string[]) => ids.flatMap((id) => (graph.entries[kind] as Map<string, EntryNode<K>>).get(id) ?? []);
	switch (e.kind) {
		case 'skill': {
			const phase = graph.entries.phase.get(graph.phaseOf.get(e.id) ?? '');
			return [
				`Category: ${categoryLabel[e.data.category]}`,
				`Effort: ${e.data.effort.min}–${e.data.effort.max} focused hours`,
				...(phase ? [`Phase: [${windowLabel(phase.data.window)}: ${phase.title}](${url(phase.href, s)})`] : []),
				...(e.data.prerequisites.length ? [`Learn first: ${links(lookup('skill', e.data.prerequisites), s)}`] : []),
				`What you already do that resembles it: ${oneLine(e.data.backendAnalog)}`,
			];
		}
		case 'phase':
			return [
				`When: ${windowLabel(e.data.window)}, phase ${e.data.order} of ${graph.data.plans.find((p) => p.id === e.data.plan)?.title ?? e.data.plan}`,
				`Skills, in learning order: ${links(lookup('skill', e.data.skills), s)}`,
			];
		case 'track':
			return [`Suits: ${oneLine(e.data.suits)}`, `Prepares you for: ${links(lookup('role', e.data.roles), s)}`, ...(e.data.laterRoles.length ? [`Later: ${links(lookup('role', e.data.laterRoles), s)}`] : [])];
		case 'role':
			return [
				...(e.data.share ? [`Share of openings: about ${e.data.share.percent}%, as ${sourceLabel(graph, e.data.share.source.source)} estimates it`] : []),
				...e.data.tiers.map((t) => `Transition tier: ${t.tier} of 3, per ${sourceLabel(graph, t.source.source)}`),
			];
		case 'note':
			return [`Skills: ${links(lookup('skill', e.data.skills), s)}`];
		case 'project':
			return [`Skills: ${links(lookup('skill', e.data.skills), s)}`];
	}
}

/** The structured sections a page adds after its body, as Markdown. */
function sections(graph: RoadmapGraph, entry: EntryNode, s: LlmsSite): string[] {
	const e = entry as { [K in EntryKind]: EntryNode<K> }[EntryKind];
	const out: string[] = [];
	switch (e.kind) {
		case 'skill':
			out.push(`## Proof\n\nBuild: ${oneLine(e.data.proof.artifact)}\n\nChecks a reviewer can run:\n${list(e.data.proof.checks)}`);
			out.push(`## Pitfalls\n\n${list(e.data.pitfalls)}`);
			out.push(`## Resources\n\n${e.data.resources.map((r) => `- [${oneLine(r.title)}](${r.url}) (${r.kind}, ${r.cost}, checked ${r.lastVerified})${r.note ? `: ${oneLine(r.note)}` : ''}`).join('\n')}`);
			break;
		case 'phase':
			out.push(`## Artifacts\n\n${list(e.data.artifacts)}`, `## Exit criteria\n\n${list(e.data.exitCriteria)}`);
			break;
		case 'track':
			out.push(`## Phases and skills\n\n${trackPath(graph, e).map((p) => `- [${p.label}](${url(p.phase.href, s)}): ${links(p.skills, s)}`).join('\n')}`);
			break;
		case 'role':
			out.push(`## The work\n\n${list(e.data.work)}`, `## What transfers from backend work\n\n${list(e.data.transfers)}`);
			break;
		case 'project': {
			const d = e.data.deliverables;
			out.push(`## Deliverables\n\n${list([`Eval table: ${d.evalTable}`, `Latency and cost: ${d.latencyCost}`, `Architecture: ${d.architecture}`, `Failure write-up: ${d.failureWriteup}`])}`);
			break;
		}
		case 'note':
			break;
	}
	out.push(`## Sources\n\n${list(e.data.sources.map((ref) => `${sourceLabel(graph, ref.source)}${ref.locator ? `, ${ref.locator}` : ''}`))}`);
	return out;
}

/** One entry in full: heading, URL, review date, summary, facts, its own text, then its sections. */
function entryFull(graph: RoadmapGraph, entry: EntryNode, s: LlmsSite): string {
	const pageUrl = url(entry.href, s);
	const body = bodyMarkdown(entry.body, pageUrl, s);
	return [
		`# ${kindName[entry.kind]}: ${entry.title}`,
		`URL: ${pageUrl}\nLast reviewed: ${entry.data.lastReviewed}`,
		`> ${oneLine(entrySummary(entry.data))}`,
		list(facts(graph, entry, s)),
		...(body ? [body] : []),
		...sections(graph, entry, s),
	].join('\n\n');
}

function pageFull(page: PageNode, s: LlmsSite): string {
	const pageUrl = url(page.href, s);
	return [`# ${page.title}`, `URL: ${pageUrl}`, bodyMarkdown(page.body, pageUrl, s)].join('\n\n');
}

const allEntries = (graph: RoadmapGraph): EntryNode[] => kindOrder.flatMap((k) => entriesOf(graph, k) as EntryNode[]);

/** /llms.txt: the site in one screen, every page linked with its one-line summary, grouped by kind. */
export function llmsIndex(graph: RoadmapGraph, s: LlmsSite): string {
	const groups = kindOrder.map((k) => `## ${kindHeading[k]}\n\n${entriesOf(graph, k).map((e) => `- [${e.title}](${url(e.href, s)}): ${oneLine(entrySummary(e.data))}`).join('\n')}`);
	return `${[
		`# ${s.title}`,
		`> ${s.description}`,
		`Every page below also exists as plain text: [the full roadmap](${url('/llms-full.txt', s)}) has each page with its proof, pitfalls, resources and sources; [the short version](${url('/llms-small.txt', s)}) has each page's summary and facts. [The roadmap as JSON](${url('/roadmap.json', s)}) has the same entries as data.`,
		`## Guides\n\n${[...graph.pages].sort((a, b) => a.href.localeCompare(b.href)).map((p) => `- [${p.title}](${url(p.href, s)})`).join('\n')}`,
		...groups,
	].join('\n\n')}\n`;
}

/** /llms-full.txt: every page in full, guides first, then tracks, phases, skills, roles, notes and projects. */
export function llmsFull(graph: RoadmapGraph, s: LlmsSite): string {
	const pages = [...graph.pages.map((p) => pageFull(p, s)), ...allEntries(graph).map((e) => entryFull(graph, e, s))];
	return `# ${s.title}: every page in full\n\n> ${s.description}\n\n${pages.join('\n\n---\n\n')}\n`;
}

/** /llms-small.txt: every entry's heading, URL, summary and facts, without bodies or lists. */
export function llmsSmall(graph: RoadmapGraph, s: LlmsSite): string {
	const entries = allEntries(graph).map((e) => [`# ${kindName[e.kind]}: ${e.title}`, `URL: ${url(e.href, s)}`, `> ${oneLine(entrySummary(e.data))}`, list(facts(graph, e, s))].join('\n\n'));
	return `# ${s.title}: every page in short\n\n> ${s.description}\n\n${entries.join('\n\n---\n\n')}\n`;
}
