// `npm run new -- <kind> <id> [--phase <phase-id>] [--track <track-id>]`: writes a skeleton entry that passes `npm run check`
// straight away, for any kind; a skill is also added to the `skills:` list of the named phase,
// a role to the named track's `laterRoles:`, a phase to the named track's `phases:` (with a first skill). The text
// is placeholder ("TODO: ...") for the author to replace; the structure, ids and references are valid.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../check/run-check.ts';
import type { EntryKind, RoadmapGraph } from '../graph/model.ts';

export const kinds: readonly EntryKind[] = ['skill', 'phase', 'track', 'role', 'note', 'project'];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const today = new Date().toISOString().slice(0, 10);

/** The frontmatter and body of a new entry, with references to entries that exist in the graph. */
export function skeleton(kind: EntryKind, id: string, graph: RoadmapGraph): string {
	const first = <K extends EntryKind>(k: K) => [...graph.entries[k].keys()][0] ?? 'TODO';
	const source = graph.data.sources[0]?.id ?? 'TODO';
	const title = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
	const head = [`kind: ${kind}`, `id: ${id}`, `title: '${title}'`, `description: 'TODO: one sentence for search results and link previews.'`, `lastReviewed: '${today}'`];
	const cite = ['sources:', `  - { source: ${source}, locator: 'TODO: where in the source' }`];
	const body: Record<EntryKind, { fields: string[]; text: string }> = {
		skill: {
			fields: [
				"summary: 'TODO: what this skill is, in two sentences.'",
				'category: learn-new',
				"backendAnalog: 'TODO: the backend skill it resembles.'",
				'prerequisites: []',
				'effort: { min: 1, max: 2 }',
				'proof:',
				"  artifact: 'TODO: what the reader builds to show the skill.'",
				'  checks:',
				"    - 'TODO: a check a reviewer could run on it.'",
				'pitfalls:',
				"  - 'TODO: a mistake people make.'",
				'resources:',
				'  - kind: docs',
				"    title: 'TODO: official documentation'",
				'    url: https://example.org/',
				'    cost: free',
				`    lastVerified: '${today}'`,
				...cite,
			],
			text: '## Why it matters\n\nTODO.\n\n## What you already know\n\nTODO.\n\n## What to learn, in order\n\n1. TODO.\n',
		},
		phase: {
			fields: [],
			text: 'TODO: what this phase is for.\n',
		},
		track: {
			fields: ["summary: 'TODO: where this track leads.'", `roles: [${first('role')}]`, 'laterRoles: []', `phases:`, `  - ${first('phase')}`, "suits: 'TODO: who this track suits.'", ...cite],
			text: 'TODO: how this track runs.\n',
		},
		role: {
			fields: ["summary: 'TODO: what this role does, in one sentence.'", 'work:', "  - 'TODO: one part of the work.'", 'transfers:', "  - 'TODO: a backend skill that carries over.'", ...cite],
			text: 'TODO: the role in more detail.\n',
		},
		note: {
			fields: ["summary: 'TODO: the point of this note, in one sentence.'", `skills: [${first('skill')}]`, ...cite],
			text: 'TODO: the note.\n',
		},
		project: {
			fields: [
				"summary: 'TODO: what the reader builds.'",
				'skills:',
				`  - ${first('skill')}`,
				'deliverables:',
				"  evalTable: 'TODO: what the eval table compares.'",
				"  latencyCost: 'TODO: what latency and cost numbers to report.'",
				"  architecture: 'TODO: the parts of the system and how they connect.'",
				"  failureWriteup: 'TODO: one failure and how it was found.'",
				...cite,
			],
			text: 'TODO: the project brief.\n',
		},
	};
	return `---\n${[...head, ...body[kind].fields].join('\n')}\n---\n\n${body[kind].text}`;
}

/**
 * An entry file's text with `id` appended to the frontmatter list `field` (block or flow style, edited as
 * text so the rest of the file keeps its formatting); the list is added at the end of the frontmatter if absent.
 */
export function addToList(text: string, field: string, id: string): string {
	const flow = text.match(new RegExp(`^${field}:[ \\t]*\\[([^\\]]*)\\]`, 'm'));
	if (flow) return text.replace(flow[0], `${field}: [${[...flow[1]!.split(',').map((s) => s.trim()).filter(Boolean), id].join(', ')}]`);
	const block = text.match(new RegExp(`^${field}:[ \\t]*\\n((?:[ \\t]+-[^\\n]*\\n)+)`, 'm'));
	if (block) return text.replace(block[0], `${block[0]}${block[1]!.match(/^([ \t]+)-/)![1]}- ${id}\n`);
	const end = text.indexOf('\n---', 3);
	if (!text.startsWith('---') || end < 0) throw new Error(`cannot find the frontmatter to add ${field}`);
	return `${text.slice(0, end)}\n${field}: [${id}]${text.slice(end)}`;
}

/** What `npm run new` does, as a function: returns the files it wrote, or throws an Error with a message for the author. */
export function newEntry(root: string, args: readonly string[]): string[] {
	const usage = 'usage: npm run new -- <kind> <id> [--phase <phase-id> (skills)] [--track <track-id> (roles, phases)]   kinds: ' + kinds.join(', ');
	const option = (name: string) => (args.indexOf(name) >= 0 ? (args[args.indexOf(name) + 1] ?? '') : undefined);
	const phaseId = option('--phase');
	const trackId = option('--track');
	const [kind, id] = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
	if (!kind || !id) throw new Error(usage);
	if (!kinds.includes(kind as EntryKind)) throw new Error(`unknown kind "${kind}": use one of ${kinds.join(', ')}.\n${usage}`);
	if (!idPattern.test(id)) throw new Error(`bad id "${id}": an id is lowercase words or numbers joined by single hyphens, e.g. "rag-fundamentals". It is permanent, so choose it with care.`);
	const { graph, problems } = checkContent(root);
	if (problems.length > 0) throw new Error(`the content has ${problems.length} problem(s) already; run \`npm run check\` and fix them first.`);
	for (const k of kinds) {
		const existing = graph.entries[k].get(id);
		if (existing) throw new Error(`the id "${id}" is taken by the ${k} in ${existing.file}: ids are unique across all kinds. Choose another.`);
	}
	const file = `content/docs/${kind}s/${id}.mdx`;
	if (existsSync(join(root, file))) throw new Error(`${file} exists already.`);
	const edits: { file: string; field: string; id: string }[] = [];
	const track = kind === 'role' || kind === 'phase' ? graph.entries.track.get(trackId ?? '') : undefined;
	if (kind === 'role' || kind === 'phase') {
		// Every role and phase is reached by a track: a role becomes a later role of the track, a phase its last phase.
		if (!trackId) throw new Error(`a ${kind} must be in a track: add --track <track-id>. Tracks: ${[...graph.entries.track.keys()].join(', ')}.`);
		if (!track) throw new Error(`no track with id "${trackId}". Tracks: ${[...graph.entries.track.keys()].join(', ')}.`);
		edits.push({ file: track.file, field: kind === 'role' ? 'laterRoles' : 'phases', id });
	} else if (trackId !== undefined) throw new Error(`--track is only for roles and phases.`);
	if (kind === 'skill') {
		if (!phaseId) throw new Error(`a skill belongs to exactly one phase: add --phase <phase-id>. Phases: ${[...graph.entries.phase.keys()].join(', ')}.`);
		const phase = graph.entries.phase.get(phaseId);
		if (!phase) throw new Error(`no phase with id "${phaseId}". Phases: ${[...graph.entries.phase.keys()].join(', ')}.`);
		edits.push({ file: phase.file, field: 'skills', id });
	} else if (phaseId !== undefined) throw new Error(`--phase is only for skills (a ${kind} is not listed in a phase).`);
	let text = skeleton(kind as EntryKind, id, graph);
	const extra: { file: string; text: string }[] = [];
	if (kind === 'phase') {
		// A phase needs at least one skill and every skill sits in one phase, so a new phase comes with a
		// skeleton skill of its own, <id>-skill, to rename or replace.
		const skillId = `${id}-skill`;
		if ([...kinds].some((k) => graph.entries[k].has(skillId))) throw new Error(`the id "${skillId}" (the new phase's first skill) is taken. Choose another phase id.`);
		extra.push({ file: `content/docs/skills/${skillId}.mdx`, text: skeleton('skill', skillId, graph) });
		// A new phase goes at the end of the plan of the track's last phase, in the window after that plan's last phase.
		const trackLast = graph.entries.phase.get(track!.data.phases.at(-1) ?? '');
		const plan = graph.plans.get(trackLast?.data.plan ?? '') ?? graph.data.plans[0]!;
		const last = (graph.phasesOfPlan.get(plan.id) ?? []).map((p) => graph.entries.phase.get(p)!).at(-1);
		const order = (last?.data.order ?? 0) + 1;
		const unit = last?.data.window.unit ?? 'week';
		const from = (last?.data.window.to ?? 0) + 1;
		const to = from + { day: 29, week: 1, month: 0 }[unit];
		text = text.replace('\n---\n', `\nplan: ${plan.id}\norder: ${order}\nwindow: { unit: ${unit}, from: ${from}, to: ${to} }\ngoal: 'TODO: what the reader can do at the end.'\nskills: [${id}-skill]\nartifacts:\n  - 'TODO: what the reader has at the end.'\nexitCriteria:\n  - 'TODO: how the reader knows the phase is done.'\nsources:\n  - { source: ${graph.data.sources[0]?.id}, locator: 'TODO: where in the source' }\n---\n`);
	}
	const written: string[] = [];
	for (const f of [{ file, text }, ...extra]) {
		mkdirSync(dirname(join(root, f.file)), { recursive: true });
		writeFileSync(join(root, f.file), f.text);
		written.push(f.file);
	}
	for (const edit of edits) {
		writeFileSync(join(root, edit.file), addToList(readFileSync(join(root, edit.file), 'utf8'), edit.field, edit.id));
		written.push(edit.file);
	}
	return written;
}

if (import.meta.main) {
	const root = resolve(process.env.ROADMAP_ROOT ?? process.cwd());
	try {
		const written = newEntry(root, process.argv.slice(2));
		console.log(`Wrote ${written.join(' and ')}.\nNext: replace every TODO, run \`npm run check\`, then \`npm run links:update\` and commit.`);
	} catch (error) {
		console.error(`npm run new: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}
