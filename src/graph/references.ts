import type { DataSets, EntryNode, Via } from './model.ts';

/** What a reference points at: an entry kind, or a record in a data file. */
export type Target = 'skill' | 'phase' | 'track' | 'role' | 'note' | 'project' | 'source' | 'plan';

/** One typed reference found in content: where it is and what it must resolve to. */
export interface Reference {
	file: string;
	/** Field path in that file (for data files it starts with the item index). */
	path: (string | number)[];
	target: Target;
	id: string;
	/** For entry-to-entry references: how the backlink is labelled. */
	via?: Via;
	from?: EntryNode;
}

const sourceRefs = (file: string, base: (string | number)[], refs: readonly { source: string }[]) =>
	refs.map((ref, i): Reference => ({ file, path: [...base, i, 'source'], target: 'source', id: ref.source }));

const list = (entry: EntryNode, field: string, target: Target, ids: readonly string[], via?: Via) =>
	ids.map((id, i): Reference => ({ file: entry.file, path: [field, i], target, id, ...(via ? { via, from: entry } : {}) }));

/** Every reference one entry makes, by field. */
export function entryReferences(entry: EntryNode): Reference[] {
	const refs = sourceRefs(entry.file, ['sources'], entry.data.sources);
	const d = entry.data;
	switch (d.kind) {
		case 'skill':
			refs.push(...list(entry, 'prerequisites', 'skill', d.prerequisites, 'prerequisite'));
			break;
		case 'phase':
			refs.push({ file: entry.file, path: ['plan'], target: 'plan', id: d.plan });
			refs.push(...list(entry, 'skills', 'skill', d.skills, 'phase'));
			break;
		case 'track':
			refs.push(...list(entry, 'roles', 'role', d.roles, 'track'), ...list(entry, 'laterRoles', 'role', d.laterRoles, 'track'));
			refs.push(...list(entry, 'phases', 'phase', d.phases, 'track'));
			break;
		case 'role':
			if (d.share) refs.push({ file: entry.file, path: ['share', 'source', 'source'], target: 'source', id: d.share.source.source });
			d.tiers.forEach((t, i) => refs.push({ file: entry.file, path: ['tiers', i, 'source', 'source'], target: 'source', id: t.source.source }));
			break;
		case 'note':
			refs.push(...list(entry, 'skills', 'skill', d.skills, 'note'), ...list(entry, 'roles', 'role', d.roles, 'note'));
			refs.push(...list(entry, 'phases', 'phase', d.phases, 'note'));
			break;
		case 'project':
			refs.push(...list(entry, 'skills', 'skill', d.skills, 'project'));
			break;
	}
	return refs;
}

/** Every reference the data files make. `files` maps a data set to its file path. */
export function dataReferences(data: DataSets, files: Record<keyof DataSets, string>): Reference[] {
	const refs: Reference[] = [];
	data.plans.forEach((plan, i) => {
		refs.push(...sourceRefs(files.plans, [i, 'sources'], plan.sources));
		const basis = plan.hoursPerWeek.source;
		if (basis !== 'ours') refs.push({ file: files.plans, path: [i, 'hoursPerWeek', 'source', 'source'], target: 'source', id: basis.source });
	});
	data.transfers.forEach((row, i) => {
		refs.push({ file: files.transfers, path: [i, 'skill'], target: 'skill', id: row.skill });
		refs.push({ file: files.transfers, path: [i, 'source', 'source'], target: 'source', id: row.source.source });
	});
	data.comparison.forEach((row, i) => {
		if (row.skill) refs.push({ file: files.comparison, path: [i, 'skill'], target: 'skill', id: row.skill });
		refs.push({ file: files.comparison, path: [i, 'source', 'source'], target: 'source', id: row.source.source });
	});
	data.timeline.forEach((row, i) => {
		refs.push({ file: files.timeline, path: [i, 'phase'], target: 'phase', id: row.phase });
		refs.push({ file: files.timeline, path: [i, 'source', 'source'], target: 'source', id: row.source.source });
	});
	return refs;
}
