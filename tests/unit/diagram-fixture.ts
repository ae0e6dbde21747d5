// A small roadmap for the diagram generators: two plans, three phases, four skills, two tracks, two roles.
import { baseData, checkFixture, hoursPerWeek, page, phase, role, skill, track } from '../support/fixtures.ts';

const cite = [{ source: 'src-a' }];

export const hostileTitle = 'Evil "quote" <script>alert(1)</script> ]) --> x';

/**
 * The content check now rejects markup in titles and text (markup-in-text), so the hostile strings are put
 * into the validated graph afterwards: the generators must still escape whatever reaches them.
 */
export function diagramFixture() {
	const { graph, problems } = checkFixture(
		[
			page('skills/a.mdx', skill('skill-a')),
			page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'], title: 'Placeholder title' })),
			page('skills/c.mdx', skill('skill-c', { prerequisites: ['skill-b'] })),
			page('skills/d.mdx', skill('skill-d', { prerequisites: ['skill-a'] })),
			page('phases/p1.mdx', phase('phase-one', ['skill-a', 'skill-b'], { plan: 'ninety-day-applied' })),
			page('phases/p2.mdx', phase('phase-two', ['skill-c'], { plan: 'ninety-day-applied', order: 2, window: { unit: 'day', from: 31, to: 60 } })),
			page('phases/q1.mdx', phase('phase-q', ['skill-d'], { plan: 'plan-b', window: { unit: 'month', from: 1, to: 2 } })),
			page('tracks/t.mdx', track('track-a', ['phase-one', 'phase-two'], { laterRoles: ['role-b'] })),
			page('tracks/u.mdx', track('track-b', ['phase-q', 'phase-two'], { roles: ['role-b'] })),
			page('roles/r.mdx', role('role-a', { share: { percent: 70, source: { source: 'src-a' } }, tiers: [{ tier: 1, source: { source: 'src-a' } }] })),
			page('roles/s.mdx', role('role-b')),
		],
		{
			...baseData,
			'sources.yaml': [{ id: 'src-a', title: 'Source A', author: 'Ada Lovelace', date: '2026-01-01' }],
			'plans.yaml': [
				{ id: 'ninety-day-applied', title: 'Plan A', unit: 'day', summary: 's', hoursPerWeek, sources: cite },
				{ id: 'plan-b', title: 'Plan B', unit: 'month', summary: 's', hoursPerWeek, sources: cite },
			],
			'timeline.yaml': [
				{ week: 1, phase: 'phase-one', focus: 'f1', artifact: 'Ship it', source: { source: 'src-a' } },
				{ week: 5, phase: 'phase-two', focus: 'f5', artifact: 'Ship more', source: { source: 'src-a' } },
			],
			'transfers.yaml': [
				{ id: 'x', backend: 'API design', aiml: 'Serving', carryover: 'adapt', whatIsNew: 'n', skill: 'skill-a', backendGroup: 'APIs', aimlGroup: 'Model serving', source: { source: 'src-a' } },
				{ id: 'y', backend: 'Tracing', aiml: 'LLM traces', carryover: 'as-is', whatIsNew: 'n', skill: 'skill-c', backendGroup: 'Observability', aimlGroup: 'Model serving', source: { source: 'src-a' } },
			],
		},
	);
	const hostile = graph.entries.skill.get('skill-b');
	if (hostile) {
		hostile.title = hostileTitle;
		(hostile.data as { title: string }).title = hostileTitle;
	}
	if (graph.data.timeline[0]) graph.data.timeline[0].artifact = 'Ship <it>';
	return { graph, problems };
}
