import type { Phase } from '../schemas/phase.ts';
import type { SkillCategory } from '../schemas/skill.ts';

const units = { day: ['Day', 'Days'], week: ['Week', 'Weeks'], month: ['Month', 'Months'] } as const;

/** "Days 1–30", "Week 2", "Months 3–4". */
export function windowLabel(window: Phase['window']): string {
	const [one, many] = units[window.unit];
	return window.from === window.to ? `${one} ${window.from}` : `${many} ${window.from}–${window.to}`;
}

/** Reader-facing names of the skill categories. */
export const categoryLabel: Record<SkillCategory, string> = {
	'carries-over': 'Carries over',
	'learn-new': 'Learn new',
	'skip-for-now': 'Skip for now',
	'deepen-later': 'Deepen later',
};

/** The one-line description of any entry: its summary, or a phase's goal. */
export const entrySummary = (data: { kind: string; summary?: string; goal?: string }): string =>
	data.kind === 'phase' ? (data.goal ?? '') : (data.summary ?? '');
