// The progress island: the only interactive script the roadmap ships besides search. Without
// JavaScript, or where storage is blocked, every progress control stays hidden, so no reader meets a
// control that does nothing.
import { countDone, parseProgress, PROGRESS_KEY, serializeProgress, withSkill } from './store.ts';

const load = (): Set<string> | undefined => {
	try {
		return parseProgress(localStorage.getItem(PROGRESS_KEY));
	} catch {
		return undefined;
	}
};

function render(done: ReadonlySet<string>) {
	for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-skill]')) box.checked = done.has(box.dataset.progressSkill!);
	for (const item of document.querySelectorAll<HTMLElement>('[data-progress-item]')) item.toggleAttribute('data-done', done.has(item.dataset.progressItem!));
	// Skill nodes on maps: the mark is drawn by CSS (src/components/map/map.css), not by colour alone.
	for (const node of document.querySelectorAll<HTMLElement>('[data-progress-node]')) {
		if (done.has(node.dataset.progressNode!)) node.dataset.progressState = 'done';
		else delete node.dataset.progressState;
	}
	for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-of]')) {
		const count = summary.querySelector('[data-progress-count]');
		if (count) count.textContent = String(countDone(done, summary.dataset.progressOf!.split(' ')));
	}
}

const initial = load();
if (initial) {
	render(initial);
	for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) el.hidden = false;
	document.addEventListener('change', (event) => {
		const box = event.target;
		if (!(box instanceof HTMLInputElement) || !box.dataset.progressSkill) return;
		const next = withSkill(load() ?? new Set(), box.dataset.progressSkill, box.checked);
		try {
			localStorage.setItem(PROGRESS_KEY, serializeProgress(next));
		} catch {
			// Storage full or blocked mid-session: the page still shows the click.
		}
		render(next);
	});
	// Another tab changed progress: show it here too.
	window.addEventListener('storage', (event) => {
		if (event.key === PROGRESS_KEY) render(parseProgress(event.newValue));
	});
}
