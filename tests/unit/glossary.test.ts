import { describe, expect, it } from 'vitest';
import { parseGlossary, termFinder, termNames } from '../../src/glossary/terms.ts';

describe('glossary terms', () => {
	it('reads the names a label goes by', () => {
		expect(termNames('Adapter (LoRA adapter)')).toEqual(['Adapter', 'LoRA adapter']);
		expect(termNames('Agent, agent loop')).toEqual(['Agent', 'agent loop']);
		expect(termNames('AI Act (EU)')).toEqual(['AI Act']);
		expect(termNames('Approximate nearest neighbour (ANN) index')).toEqual(['Approximate nearest neighbour index', 'ANN']);
		expect(termNames('LoRA and QLoRA')).toEqual(['LoRA', 'QLoRA']);
		expect(termNames('Hit rate and recall at k')).toEqual(['Hit rate', 'recall at k']);
		expect(termNames('Train, validation and test split')).toEqual(['test split']);
	});

	it('parses the bold-labelled list items of the glossary body, with unique anchors', () => {
		const terms = parseGlossary('Intro.\n\n## A to C\n\n- **Chunking.** Splitting documents.\n- **RAG (retrieval-augmented generation).** Retrieval first. See [x](/y/).\n- Not a term.\n');
		expect(terms).toEqual([
			{ label: 'Chunking', anchor: 'chunking', names: ['Chunking'], home: undefined },
			{ label: 'RAG (retrieval-augmented generation)', anchor: 'rag-retrieval-augmented-generation', names: ['RAG', 'retrieval-augmented generation'], home: '/y/' },
		]);
	});

	const terms = parseGlossary(['Agent, agent loop', 'Embedding', 'LoRA and QLoRA', 'RAG (retrieval-augmented generation)', 'Token'].map((l) => `- **${l}.** d`).join('\n'));
	const find = termFinder(terms);
	const texts = (text: string, done = new Set<string>()) => find(text, done).map((m) => text.slice(m.start, m.end));

	it('finds the first use of each term, whole words only, the longest name first, plurals in any case', () => {
		expect(texts('An agent loop calls the agent again; embeddings of tokens, then Embedding.')).toEqual(['agent loop', 'embeddings', 'tokens']);
		expect(texts('Tokenizer, re-embedding and lora are not terms here; LoRA is.')).toEqual(['LoRA']);
		expect(texts('rag and Rag are words; RAG is the acronym.')).toEqual(['RAG']);
	});

	it('says whether a text names any term, with no side effect, and agrees with the finder', () => {
		const samples = ['An agent loop.', 'Tokenizer, re-embedding and lora.', 'rag and Rag.', 'Plain text.', 'QLoRA', ''];
		expect(samples.map((t) => find.mentions(t))).toEqual([true, false, false, false, true, false]);
		for (const t of samples) expect(find.mentions(t)).toBe(texts(t).length > 0);
		expect(find.mentions('An agent loop.')).toBe(true); // twice in a row: no state kept between calls
		expect(termFinder([]).mentions('agent')).toBe(false);
	});

	it('links a term once per page: what is done stays done across texts', () => {
		const done = new Set<string>();
		expect(texts('Embeddings first.', done)).toEqual(['Embeddings']);
		expect(texts('More embeddings, and a token.', done)).toEqual(['token']);
		expect([...done].sort()).toEqual(['embedding', 'token']);
	});
});
