// Builds the plan table in the browser with the markup of src/components/plan/PlanTable.astro.
import type { PlanRow, RowLink } from './rows.ts';

type Child = Node | string;

function h(tag: string, attrs: Record<string, string> = {}, children: Child[] = []): HTMLElement {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
	el.append(...children);
	return el;
}

const item = (l: RowLink) =>
	h('span', { class: 'roadmap-plan__item' }, [l.href ? h('a', { href: l.href }, [l.text]) : l.text, ...(l.note ? [h('span', { class: 'roadmap-plan__note' }, [` ${l.note}`])] : [])]);

/** The plan table: one row per week, cells labelled with their column for the stacked phone layout. */
export function renderPlanTable(caption: string, columns: readonly string[], rows: readonly PlanRow[]): HTMLElement {
	const [weekLabel = '', ...labels] = columns;
	const body = rows.map((row) => {
		const cells = [...(row.dates ? [[{ text: row.dates, href: '' }]] : []), row.skills, row.phaseEnds, row.roles];
		return h('tr', { role: 'row', 'data-row': row.id }, [
			h('th', { scope: 'row', role: 'rowheader', 'data-label': weekLabel }, [row.week]),
			...cells.map((links, i) => h('td', { role: 'cell', 'data-label': labels[i] ?? '', ...(links.length === 0 ? { 'data-empty': '' } : {}) }, links.map(item))),
		]);
	});
	const table = h('table', { class: 'roadmap-table roadmap-plan__table', role: 'table', 'data-table': 'plan', 'data-rows': String(rows.length) }, [
		h('caption', {}, [caption]),
		h('thead', { role: 'rowgroup' }, [h('tr', { role: 'row' }, columns.map((c) => h('th', { scope: 'col', role: 'columnheader' }, [c])))]),
		h('tbody', { role: 'rowgroup' }, body),
	]);
	return h('div', { class: 'roadmap-table-wrap' }, [table]);
}

/** Paragraphs from sentences. */
export const paragraphs = (lines: readonly string[]): HTMLElement[] => lines.map((line) => h('p', {}, [line]));
