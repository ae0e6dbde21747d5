import type { EntryKind } from '../graph/model.ts';

/** A heading the page components render after the MDX body. Slugs are permanent: bloggers link to them. */
export interface Section {
	slug: string;
	text: string;
}

/**
 * Generated sections per kind, in page order. The route middleware adds them to the table of contents,
 * and the components render exactly these, so the two cannot disagree.
 */
export const generatedSections: Record<EntryKind, Section[]> = {
	skill: [
		{ slug: 'proof', text: 'Proof to build' },
		{ slug: 'pitfalls', text: 'Pitfalls' },
		{ slug: 'resources', text: 'Resources' },
		{ slug: 'related', text: 'Related notes and projects' },
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
	phase: [
		{ slug: 'skills-in-this-phase', text: 'Skills in this phase' },
		{ slug: 'artifacts', text: 'Artifacts to ship' },
		{ slug: 'exit-criteria', text: 'Exit criteria' },
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
	track: [
		{ slug: 'phases-and-skills', text: 'Phases and skills on this track' },
		{ slug: 'what-transfers', text: 'What transfers on this track' },
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
	role: [
		{ slug: 'the-work', text: 'The work' },
		{ slug: 'what-transfers', text: 'What transfers from backend' },
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
	note: [
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
	project: [
		{ slug: 'deliverables', text: 'Deliverables' },
		{ slug: 'referenced-by', text: 'Referenced by' },
		{ slug: 'sources', text: 'Sources' },
	],
};

export const sectionText = (kind: EntryKind, slug: string) =>
	generatedSections[kind].find((s) => s.slug === slug)?.text ?? slug;
