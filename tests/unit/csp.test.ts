// The policy module: hashes are computed the way browsers do, the copy-link script is hashed from its
// source, and the policy <meta> is moved before everything a page's content can reach.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { copyAnchorScript } from '../../src/site/copy-anchor.ts';
import { hoistCspMeta, hoistCspMetaBytes, inlineScriptHashes, ownInlineScripts, sha256 } from '../../src/site/csp.ts';

const meta = `<meta http-equiv="content-security-policy" content="script-src 'self';">`;

describe('CSP hashes', () => {
	it('hashes text as CSP source expressions (SHA-256 of the UTF-8 bytes, base64)', () => {
		// The value every CSP implementation gives the empty script.
		expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(sha256('é')).toBe(`sha256-${createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('base64')}`);
	});

	it('allows our own head script by the hash of its source', () => {
		expect(ownInlineScripts.copyAnchor).toBe(sha256(copyAnchorScript));
		expect(inlineScriptHashes).toContain(sha256(copyAnchorScript));
		expect(new Set(inlineScriptHashes).size).toBe(inlineScriptHashes.length);
	});
});

describe('hoistCspMeta', () => {
	it('moves the policy right after <meta charset>, before the title and the head scripts', () => {
		const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>T</title><script>x()</script>${meta}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
		expect(hoistCspMeta(page)).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8"/>${meta}<title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`);
	});

	it('uses the start of <head> when there is no charset', () => {
		expect(hoistCspMeta(`<html><head lang="en"><title>T</title>${meta}</head></html>`)).toBe(`<html><head lang="en">${meta}<title>T</title></head></html>`);
	});

	it('leaves pages without a policy or without a head unchanged', () => {
		const plain = '<html><head><meta charset="utf-8"><title>T</title></head></html>';
		expect(hoistCspMeta(plain)).toBe(plain);
		expect(hoistCspMeta(`<p>${meta}</p>`)).toBe(`<p>${meta}</p>`);
	});

	it('does not take a <header> for the head, and reports a page whose policy is already first as unchanged', () => {
		expect(hoistCspMeta(`<html><header>${meta}</header></html>`)).toBe(`<html><header>${meta}</header></html>`);
		expect(hoistCspMetaBytes(Buffer.from(`<html><head><meta charset="utf-8">${meta}<title>T</title></head></html>`))).toBeUndefined();
	});

	it('moves the bytes of a page with multi-byte text unchanged (it never decodes the page)', () => {
		const page = `<html><head><meta charset="utf-8"><title>Backend → AI/ML — “é”</title>${meta}</head><body>✓ done</body></html>`;
		expect(hoistCspMetaBytes(Buffer.from(page))!.toString()).toBe(`<html><head><meta charset="utf-8">${meta}<title>Backend → AI/ML — “é”</title></head><body>✓ done</body></html>`);
	});
});
