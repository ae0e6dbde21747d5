import { describe, expect, it } from 'vitest';
import { bytesByKind, diagramGzipBytes, gzipBytes, pageKind } from '../../src/bench/page-bytes.ts';

describe('bench: bytes per page kind', () => {
	it('classifies pages by path', () => {
		expect(['/', '/phases/', '/phases/overlap-first/', '/skills/rag-fundamentals/', '/tracks/x/', '/roles/', '/diagrams/x/'].map(pageKind)).toEqual(['home', 'phases index', 'phase', 'skill', 'track', 'other', 'other']);
	});

	it('compares the median gzipped size per kind over pages both builds have', () => {
		const big = 'x'.repeat(10) + Array.from({ length: 400 }, (_, i) => String(i * 7919)).join(' ');
		const pages: Record<string, Record<string, string>> = {
			ours: { '/skills/a/': big, '/skills/b/': big, '/skills/c/': big, '/skills/only-ours/': big },
			vanilla: { '/skills/a/': 'small', '/skills/b/': 'small', '/skills/c/': 'small' },
		};
		const [skill] = bytesByKind(Object.keys(pages.ours!), (build, path) => pages[build]![path]);
		expect(skill).toMatchObject({ kind: 'skill', pages: 3, ours: gzipBytes(big), vanilla: gzipBytes('small') });
		expect(skill!.ratio).toBeCloseTo(gzipBytes(big) / gzipBytes('small'));
	});

	it('counts what the diagrams add to a page, and nothing for a page without one', () => {
		const page = (fig: string) => `<html><body><p>text</p>${fig}</body></html>`;
		expect(diagramGzipBytes(page(''))).toBe(0);
		expect(diagramGzipBytes(page(`<figure class="roadmap-diagram" data-diagram="d"><svg>${'<rect x="1"/>'.repeat(50)}${Array.from({ length: 50 }, (_, i) => i * 31).join()}</svg></figure>`))).toBeGreaterThan(50);
	});
});
