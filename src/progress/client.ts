// The progress island on skill, phase and track pages. Without JavaScript, or where storage is blocked,
// every progress control stays hidden and no mark is drawn, so no reader meets a control that does
// nothing. It reads both store formats and finishes the v1 -> v2 migration (src/progress/store.ts).
import { countStates, serializeProgress, today, withState } from './edit.ts';
import { LEGACY_KEY, migrate, parseAliases, parseProgress, PROGRESS_KEY, type Progress, type SkillState } from './store.ts';

const GLYPH: Record<SkillState, string> = { done: '✓', 'in-progress': '◐', skipped: '↷' };
const SVG = 'http://www.w3.org/2000/svg';

const save = (progress: Progress) => {
	try {
		localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
		return true;
	} catch {
		// Storage full or blocked mid-session: the page still shows the choice.
		return false;
	}
};

const load = (): Progress | undefined => {
	try {
		// Ids retired on purpose (redirects.yaml `ids:`) hand their marks to the ids that replaced them.
		const aliases = parseAliases(document.querySelector<HTMLElement>('[data-progress-aliases]')?.dataset.progressAliases);
		const { progress, write } = migrate(localStorage.getItem(PROGRESS_KEY), localStorage.getItem(LEGACY_KEY), today(), aliases);
		// v1 goes only once v2 holds its ticks: if the write fails, v1 is read again next time.
		if (write && save(progress)) localStorage.removeItem(LEGACY_KEY);
		return progress;
	} catch {
		return undefined;
	}
};

/** Sets or clears `data-progress-state` on an element. */
const mark = (el: Element, state: SkillState | undefined) => (state ? el.setAttribute('data-progress-state', state) : el.removeAttribute('data-progress-state'));

function render(progress: Progress) {
	const stateOf = (id: string | undefined) => (id ? progress.get(id)?.state : undefined);
	for (const radio of document.querySelectorAll<HTMLInputElement>('input[data-progress-skill]')) radio.checked = (stateOf(radio.dataset.progressSkill) ?? '') === radio.value;
	for (const item of document.querySelectorAll<HTMLElement>('[data-progress-item]')) {
		const state = stateOf(item.dataset.progressItem);
		mark(item, state);
		item.toggleAttribute('data-done', state === 'done');
	}
	// Map nodes: the mark is drawn by CSS (src/components/map/map.css), a glyph and a word, not colour alone.
	for (const node of document.querySelectorAll<HTMLElement>('[data-progress-node]')) mark(node, stateOf(node.dataset.progressNode));
	// Diagram nodes: mermaid names a skill's node "…flowchart-s_<id with _ for ->-<n>" (src/diagram/escape.ts).
	const byNode = new Map([...progress].map(([id, m]) => [`s_${id.replace(/[^A-Za-z0-9]/g, '_')}`, m.state]));
	for (const node of document.querySelectorAll<SVGGElement>('.roadmap-diagram g.node[id*="flowchart-s_"]')) {
		const state = byNode.get(/flowchart-(s_\w+)-\d+$/.exec(node.id)?.[1] ?? '');
		mark(node, state);
		node.querySelector(':scope > .rm-diagram-mark')?.remove();
		if (!state) continue;
		const box = node.getBBox();
		const badge = document.createElementNS(SVG, 'g');
		badge.setAttribute('class', 'rm-diagram-mark');
		badge.setAttribute('transform', `translate(${box.x + box.width - 2} ${box.y + 2})`);
		badge.innerHTML = `<circle r="10"/><text text-anchor="middle" dy="0.35em">${GLYPH[state]}</text>`;
		node.append(badge);
	}
	for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-of]')) {
		const counts = countStates(progress, summary.dataset.progressOf!.split(' '));
		for (const count of summary.querySelectorAll<HTMLElement>('[data-progress-count]')) count.textContent = String(counts[count.dataset.progressCount as SkillState]);
	}
}

const initial = load();
if (initial) {
	render(initial);
	for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) el.hidden = false;
	document.addEventListener('change', (event) => {
		const radio = event.target;
		if (!(radio instanceof HTMLInputElement) || !radio.dataset.progressSkill) return;
		const next = withState(load() ?? new Map(), radio.dataset.progressSkill, (radio.value || undefined) as SkillState | undefined, today());
		save(next);
		render(next);
	});
	// Another tab (or /progress/ after an import) changed progress: show it here too.
	window.addEventListener('storage', (event) => {
		if (event.key === PROGRESS_KEY || event.key === null) render(parseProgress(event.newValue));
	});
}
