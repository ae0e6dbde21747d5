// The /progress/ island: the reader's progress per track, export to a file, import (merged, never
// deleting) and a share link, plus the read-only view a share link opens. Track data is embedded at build
// time (src/components/progress/ProgressPage.astro). The shared view never touches storage; only an
// import writes, and only after the whole file was read without a problem.
import type { PlanData, PlanLink } from '../plan/model.ts';
import { serializeProgress, today } from './edit.ts';
import { LEGACY_KEY, MAX_FILE_BYTES, PROGRESS_KEY, readProgress, STATES, type Progress, type SkillState, parseAliases } from './store.ts';
import { countLine, trackProgress } from './summary.ts';
import { decodeShare, encodeShare, exportFile, mergeProgress, parseImport } from './transfer.ts';

const $ = <T extends HTMLElement = HTMLElement>(name: string) => document.querySelector<T>(`[data-p="${name}"]`)!;
const data: PlanData = JSON.parse(document.getElementById('roadmap-progress-data')!.textContent!);
const skills = new Set(Object.keys(data.skills));
const WORD: Record<SkillState, string> = { done: '✓ Done', 'in-progress': '◐ In progress', skipped: '↷ Skipped' };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]) => {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	node.append(...children);
	return node;
};
const link = (l: PlanLink) => Object.assign(el('a', l.title), { href: l.href });
const say = (target: HTMLElement, lines: string[]) => {
	target.replaceChildren(...lines.map((line) => el('p', line)));
	// A status region stays in the page (empty) so screen readers announce what is written into it.
	target.hidden = !lines.length && target.getAttribute('role') !== 'status';
};

/** Per track with any mark: a heading, the counts, and the skills of each state as links. */
function tracks(target: HTMLElement, stateOf: (id: string) => SkillState | undefined, heading: (title: string) => string) {
	const rows = trackProgress(data, stateOf).filter((row) => STATES.some((s) => row[s].length));
	target.replaceChildren(
		...rows.flatMap((row) => [
			el('h3', heading(row.track.title)),
			el('p', `${countLine(row)}.`),
			...STATES.filter((s) => row[s].length).map((s) => el('p', `${WORD[s]}: `, ...row[s].flatMap((l, i) => (i ? [document.createTextNode(', '), link(l)] : [link(l)])))),
		]),
	);
	if (!rows.length) target.replaceChildren(el('p', 'No skill is marked yet.'));
}

/** The read-only view of a share link; it reads only the URL. */
function showShared() {
	const view = $('shared');
	const problem = $('share-problem');
	view.hidden = true;
	say(problem, []);
	if (location.hash.length < 2) return;
	const shared = decodeShare(location.hash, skills);
	if (!shared.ok) return say(problem, [shared.message]);
	tracks($('shared-tracks'), (id) => shared.states.get(id), (title) => `Someone's progress on the ${title}`);
	say($('shared-unknown'), shared.unknown.length ? [`This link also names skills this roadmap does not have (left out): ${shared.unknown.join(', ')}.`] : []);
	view.hidden = false;
}
showShared();
window.addEventListener('hashchange', showShared);

let storage: Storage | undefined;
try {
	storage = localStorage;
	storage.getItem(PROGRESS_KEY);
} catch {
	storage = undefined;
}
const mine = (): Progress => readProgress(storage!, today(), parseAliases(document.querySelector<HTMLElement>('[data-progress-aliases]')?.dataset.progressAliases));
const renderMine = () => {
	const progress = mine();
	tracks($('own-tracks'), (id) => progress.get(id)?.state, (title) => title);
};

if (storage) {
	renderMine();
	$('own').hidden = false;
	$('static').hidden = true;
	window.addEventListener('storage', renderMine);

	$('export').addEventListener('click', () => {
		const a = el('a');
		a.href = URL.createObjectURL(new Blob([exportFile(mine(), today())], { type: 'application/json' }));
		a.download = `roadmap-progress-${today()}.json`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(a.href), 1000);
	});

	const file = $<HTMLInputElement>('import');
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		file.value = '';
		if (!chosen) return;
		const result = $('import-result');
		const parsed = parseImport(chosen.size > MAX_FILE_BYTES ? ' '.repeat(MAX_FILE_BYTES + 1) : await chosen.text(), skills, today());
		result.dataset.ok = String(parsed.ok);
		if (!parsed.ok) return say(result, [`${chosen.name}: ${parsed.message}`]);
		const merged = mergeProgress(mine(), parsed.progress);
		try {
			storage!.setItem(PROGRESS_KEY, serializeProgress(merged.progress));
			storage!.removeItem(LEGACY_KEY);
		} catch {
			result.dataset.ok = 'false';
			return say(result, [`${chosen.name}: your browser refused to store the progress, so nothing was changed.`]);
		}
		say(result, [
			`Imported ${chosen.name}: ${merged.added.length} skills added, ${merged.updated.length} changed to the file's newer state, ${merged.kept.length} kept as they were here (as new or newer). Nothing was removed.`,
			...(parsed.unknown.length ? [`Not imported, because this roadmap has no skill with these ids: ${parsed.unknown.join(', ')}.`] : []),
		]);
		renderMine();
	});

	$('share').addEventListener('click', () => {
		const url = $<HTMLInputElement>('share-url');
		url.value = `${location.origin}${location.pathname}#${encodeShare(mine())}`;
		url.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
		url.select();
		navigator.clipboard?.writeText(url.value).then(
			() => say($('share-status'), ['Copied. The progress is in the link itself: nothing was sent anywhere.']),
			() => {},
		);
	});
} else {
	say($('static'), ['Your browser does not let this site store anything, so there is no progress here to export, import or share. Share links from others still open above.']);
}
