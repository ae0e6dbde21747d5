// The Content-Security-Policy as built: every page carries one policy, first in <head>; every inline
// script of every page is allowed by that page's policy (by hash), so a Starlight upgrade that adds or
// changes an inline script fails here with its hash and its first lines instead of being blocked in
// readers' browsers; and every hash src/site/csp.ts lists is still used, so stale ones do not pile up.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, sha256, starlightInlineScripts } from '../../src/site/csp.ts';
import { distDir } from '../support/dist.ts';

const htmlFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && e.name.endsWith('.html'))
	.map((e) => join(e.parentPath, e.name));
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');
const pages = htmlFiles.map((file) => ({ file: relative(distDir, file), html: readFileSync(file, 'utf8') })).filter((p) => !isRedirect(p.html));

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html)?.[1] ?? '';
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name)
		?.slice(1) ?? [];

/** Inline scripts the browser would run: no src, and a JavaScript type (JSON data blocks are not run). */
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc=/i.test(attrs!))
		.filter(([, attrs]) => {
			const type = /\btype="([^"]*)"/i.exec(attrs!)?.[1]?.toLowerCase();
			return type === undefined || type === 'module' || type === 'text/javascript';
		})
		.map(([, , body]) => body!);

describe('Content-Security-Policy in the built pages', () => {
	it('covers a real number of pages', () => {
		expect(pages.length).toBeGreaterThan(100);
	});

	it('gives every page exactly one policy, right after <meta charset>, before the title and any script', () => {
		const wrong = pages.filter(({ html }) => {
			const metas = html.match(/<meta http-equiv="content-security-policy"/gi) ?? [];
			return metas.length !== 1 || !/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="content-security-policy"/i.test(html);
		});
		expect(wrong.map((p) => p.file)).toEqual([]);
	});

	it('allows WebAssembly for Pagefind but never inline script by keyword', () => {
		for (const { html } of pages) {
			const scriptSrc = directive(policyOf(html), 'script-src');
			expect(scriptSrc).toContain("'wasm-unsafe-eval'");
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toContain("'unsafe-eval'");
			expect(directive(policyOf(html), 'object-src')).toEqual(["'none'"]);
		}
	});

	it('has no inline event handler (onclick=, onsubmit= ...), which the policy blocks and no hash can allow', () => {
		// Outside <script> bodies and attribute values' own text: a tag's attributes only.
		const handlers = pages.flatMap(({ file, html }) =>
			[...html.replace(/<script\b[\s\S]*?<\/script>/gi, '').matchAll(/<[a-z][\w-]*\s[^>]*?\s(on[a-z]+)=/gi)].map((m) => `${file}: ${m[1]}`),
		);
		expect(handlers).toEqual([]);
	});

	it("allows every page's inline scripts by hash", () => {
		const missing = new Map<string, { pages: number; first: string; start: string }>();
		let checked = 0;
		for (const { file, html } of pages) {
			const allowed = directive(policyOf(html), 'script-src');
			for (const body of inlineScripts(html)) {
				checked++;
				const hash = `'${sha256(body)}'`;
				if (allowed.includes(hash)) continue;
				const entry = missing.get(hash) ?? { pages: 0, first: file, start: body.trim().slice(0, 120) };
				entry.pages++;
				missing.set(hash, entry);
			}
		}
		// Starlight's theme, search and sidebar scripts plus our own are on every page.
		expect(checked).toBeGreaterThan(pages.length * 5);
		// A new inline script: read it, then add its hash to src/site/csp.ts with a line saying what it does.
		expect(Object.fromEntries(missing)).toEqual({});
	});

	it('lists no hash in src/site/csp.ts that no page uses (a changed Starlight script leaves its old hash)', () => {
		const used = new Set(pages.flatMap(({ html }) => inlineScripts(html).map(sha256)));
		expect(inlineScriptHashes.filter((h) => !used.has(h))).toEqual([]);
		expect(Object.keys(starlightInlineScripts).length).toBeGreaterThan(0);
	});

	it('keeps stylesheets in files and allows inline style attributes only', () => {
		const inlineStyles = pages.filter(({ html }) => /<style\b/i.test(html)).map((p) => p.file);
		expect(inlineStyles).toEqual([]);
		for (const { html } of pages) {
			expect(directive(policyOf(html), 'style-src')).toContain("'self'");
			expect(directive(policyOf(html), 'style-src')).not.toContain("'unsafe-inline'");
			expect(directive(policyOf(html), 'style-src-attr')).toEqual(["'unsafe-inline'"]);
		}
	});
});
