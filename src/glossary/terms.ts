import GithubSlugger from 'github-slugger';

/** One glossary entry: its anchor on the glossary page and the names that link to it from other pages. */
export interface GlossaryTerm {
	/** The label as written, e.g. "Adapter (LoRA adapter)". */
	label: string;
	/** The entry's id on the glossary page, e.g. `adapter-lora-adapter`. */
	anchor: string;
	/** What the term is called in prose, e.g. ["Adapter", "LoRA adapter"]. */
	names: string[];
	/** The page that teaches it: the entry's first site link, e.g. `/skills/fine-tuning/`. */
	home: string | undefined;
}

/** A single word with no capital after its first letter and no digit ("Train"), as opposed to a term ("LoRA", "BM25"). */
const plainWord = (name: string) => !/\s/.test(name) && !/^.[^A-Z0-9]*[A-Z0-9]/.test(name);

/**
 * The names a label goes by. "Adapter (LoRA adapter)" is called both; "Agent, agent loop" lists synonyms;
 * "LoRA and QLoRA" or "Train, validation and test split" enumerate, and a plain single word of an
 * enumeration ("Train") is too common to stand for the whole entry. Parenthesised names under three
 * characters ("EU") are left out. Pure.
 */
export function termNames(label: string): string[] {
	const inParens = [...label.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim()).filter((n) => n.length >= 3);
	const base = label.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
	const parts = base.split(/, | and /).map((p) => p.trim()).filter(Boolean);
	const enumeration = / and /.test(base);
	const named = parts.length === 1 ? parts : parts.filter((p, i) => (i === 0 && !enumeration) || !plainWord(p));
	return [...new Set([...named, ...inParens])];
}

/**
 * The glossary's terms from its MDX body: every list item that opens with a bold label ending in a full
 * stop (`- **Chunking.** Splitting documents ...`). Anchors are the label's slug, unique on the page. Pure.
 */
export function parseGlossary(body: string): GlossaryTerm[] {
	const slugger = new GithubSlugger();
	return [...body.matchAll(/^[-*] \*\*([^*\n]+?)\.\*\*(.*)$/gm)].map((m) => {
		const label = m[1]!.trim();
		const home = /\]\((\/[^)#\s]*)/.exec(m[2]!)?.[1];
		return { label, anchor: slugger.slug(label), names: termNames(label), home };
	});
}

/** A term's name as a pattern: exact case for names with inner capitals or digits ("LoRA", "BM25"), else any case, with a plural. */
function namePattern(name: string): string {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
	const exact = /^.[^A-Z0-9]*[A-Z0-9]/.test(name) || /\d/.test(name);
	return exact ? escaped : `(?i:${escaped})(?:s|es)?`;
}

/** Where a term's name first appears in a text. */
export interface TermMatch {
	term: GlossaryTerm;
	start: number;
	end: number;
}

/**
 * Finds the first use of each term in texts, left to right; built once per glossary. `mentions` says, with
 * no side effect, whether a text names any term at all: most texts name none.
 */
export type TermFinder = ((text: string, done: Set<string>) => TermMatch[]) & { mentions(text: string): boolean };

/**
 * One pattern for every name of every term, longest first so that "agent loop" wins over "agent", whole
 * words only. The finder returns, left to right, the first use of each term whose anchor is not in `done`
 * (a term is linked once per page) and adds the anchors it returns to `done`.
 */
export function termFinder(terms: readonly GlossaryTerm[]): TermFinder {
	const names = terms.flatMap((term) => term.names.map((name) => ({ term, name }))).sort((a, b) => b.name.length - a.name.length);
	if (names.length === 0) return Object.assign(() => [], { mentions: () => false });
	const pattern = new RegExp(`(?<![\\w-])(?:${names.map((n) => `(${namePattern(n.name)})`).join('|')})(?![\\w-])`, 'g');
	const any = new RegExp(pattern.source);
	const find = (text: string, done: Set<string>) => {
		const found: TermMatch[] = [];
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const group = m.findIndex((g, i) => i > 0 && g !== undefined);
			const term = names[group - 1]!.term;
			if (done.has(term.anchor)) {
				pattern.lastIndex = m.index + 1;
				continue;
			}
			found.push({ term, start: m.index, end: m.index + m[0].length });
			done.add(term.anchor);
		}
		return found;
	};
	return Object.assign(find, { mentions: (text: string) => any.test(text) });
}
