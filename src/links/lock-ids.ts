import type { Problem } from '../errors/problem.ts';
import { didYouMean } from '../errors/suggest.ts';
import type { Locate } from '../graph/check-graph.ts';
import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import type { Redirects } from '../schemas/redirects.ts';
import { LOCK_FILE, type LinkLock } from './lock.ts';

const REDIRECTS_FILE = 'content/data/redirects.yaml';

/** Every entry of the graph, by id. */
const entriesById = (graph: RoadmapGraph) =>
	new Map(Object.values(graph.entries).flatMap((byId) => [...byId.values()] as EntryNode[]).map((e) => [e.id, e]));

/**
 * The id aliases of redirects.yaml as a map old id -> current id, for the short links and for reading
 * progress stored under an old id (published as /roadmap-id-aliases.json).
 */
export const idAliases = (redirects: Redirects): Record<string, string> => Object.fromEntries(redirects.ids.map((a) => [a.from, a.to]));

/**
 * Permanent ids: every id the link lock recorded for a published page must still exist, or be recorded
 * as an alias under `ids:` in redirects.yaml. Short links /s/<id>/ and readers' stored progress use
 * them, so a changed id would break both silently. Also checks the aliases themselves.
 */
export function checkLockIds(
	lock: LinkLock,
	graph: RoadmapGraph,
	redirects: Redirects,
	invalid: readonly { id: string }[] = [],
	locateRedirects: (path: readonly (string | number)[]) => number | undefined = () => undefined,
	locate: Locate = () => undefined,
): Problem[] {
	const problems: Problem[] = [];
	const byId = entriesById(graph);
	const aliased = new Set(redirects.ids.map((a) => a.from));
	// An entry that failed its schema still names its id; it is reported already.
	const known = new Set([...byId.keys(), ...invalid.map((e) => e.id)]);

	for (const [path, locked] of Object.entries(lock.pages)) {
		const old = locked.id;
		if (!old || known.has(old) || aliased.has(old)) continue;
		const now = graph.byHref.get(path) as EntryNode | undefined;
		const alias = (to: string) => `\`- { from: ${old}, to: ${to} }\` under ids: in ${REDIRECTS_FILE}`;
		if (now && 'id' in now) {
			problems.push({
				code: 'changed-id',
				file: now.file,
				line: locate(now.file, ['id']),
				field: 'id',
				message: `the id changed from "${old}" to "${now.id}", but "${old}" is published (short link /s/${old}/, readers' progress; recorded in ${LOCK_FILE})`,
				hint: `Restore \`id: ${old}\`. If the new id is deliberate, add ${alias(now.id)}: /s/${old}/ then keeps working and progress stored under "${old}" counts for "${now.id}".`,
			});
		} else {
			problems.push({
				code: 'changed-id',
				file: REDIRECTS_FILE,
				line: locateRedirects(['ids']),
				field: 'ids',
				message: `the published id "${old}" (page ${path} in ${LOCK_FILE}) no longer exists: no entry has it now`,
				hint: `Restore the entry with \`id: ${old}\`, or record the entry that replaces it: ${alias('<new id>')}${graph.byHref.has(path) ? '' : `, and its old URL: \`- { from: ${path}, to: <new URL> }\` under pages:`}. If the entry was removed on purpose and nothing replaces it, run \`npm run links:update\` to record that. ${didYouMean(old, byId.keys())}`.trim(),
			});
		}
	}

	redirects.ids.forEach((entry, i) => {
		if (!byId.has(entry.to) && !invalid.some((e) => e.id === entry.to)) {
			problems.push({
				code: 'unknown-reference',
				file: REDIRECTS_FILE,
				line: locateRedirects(['ids', i, 'to']),
				field: `ids[${i}].to`,
				message: `unknown id "${entry.to}": an id alias must lead to an entry that exists`,
				hint: `${didYouMean(entry.to, byId.keys())}Use the current id of the entry that replaces "${entry.from}".`,
			});
		}
		const still = byId.get(entry.from);
		if (still) {
			problems.push({
				code: 'duplicate-id',
				file: REDIRECTS_FILE,
				line: locateRedirects(['ids', i, 'from']),
				field: `ids[${i}].from`,
				message: `"${entry.from}" is an alias, but ${still.file} still has that id`,
				hint: `Remove this alias, or give ${still.file} its new id "${entry.to}". One id leads to one entry.`,
			});
		}
	});
	return problems;
}

/**
 * Published URLs in the part of the site content/docs owns (its folders, and the home page) must still
 * be a page or a redirect: the same promise the build checks on the HTML, made without a build. A URL
 * whose entry id is gone is left to checkLockIds, which reports the id and the URL in one problem.
 */
export function checkLockedUrls(
	lock: LinkLock,
	graph: RoadmapGraph,
	redirects: Redirects,
	/** Site paths of every page file, valid or not. */
	existing: ReadonlySet<string>,
	invalid: readonly { id: string }[] = [],
	locateRedirects: (path: readonly (string | number)[]) => number | undefined = () => undefined,
): Problem[] {
	const byId = entriesById(graph);
	const known = new Set([...byId.keys(), ...invalid.map((e) => e.id), ...redirects.ids.map((a) => a.from)]);
	const owned = new Set([...existing].map((path) => path.split('/')[1]).filter(Boolean));
	const redirected = new Map(redirects.pages.map((r) => [r.from, r.to]));
	const problems: Problem[] = [];
	for (const [path, locked] of Object.entries(lock.pages)) {
		if (existing.has(path) || redirected.has(path)) continue;
		if (path !== '/' && !owned.has(path.split('/')[1])) continue; // not a URL content/docs publishes
		if (locked.id && !known.has(locked.id)) continue; // reported by checkLockIds
		const moved = locked.id ? byId.get(locked.id)?.href : undefined;
		problems.push({
			code: 'missing-url',
			file: REDIRECTS_FILE,
			line: locateRedirects(['pages']),
			field: 'pages',
			message: `published URL ${path} no longer exists`,
			hint: moved
				? `Its entry "${locked.id}" now lives at ${moved}. Add \`- { from: ${path}, to: ${moved} }\` under pages:.`
				: 'Add a redirect under pages:, or run `npm run links:update` if the page was removed on purpose.',
		});
	}
	// A redirect must lead somewhere: to a page, or to another redirect.
	redirects.pages.forEach((r, i) => {
		if (existing.has(r.to) || redirected.has(r.to) || !owned.has(r.to.split('/')[1] ?? '')) return;
		problems.push({
			code: 'broken-link',
			file: REDIRECTS_FILE,
			line: locateRedirects(['pages', i, 'to']),
			field: `pages[${i}].to`,
			message: `the redirect from ${r.from} leads to ${r.to}, where there is no page`,
			hint: 'Point `to:` at the page that replaced the old one (its current URL, with slashes on both sides).',
		});
	});
	return problems;
}
