/**
 * The Content-Security-Policy of every page, in one place (README, "Content-Security-Policy").
 *
 * Astro (`security.csp` in astro.config.mjs) writes it as a `<meta http-equiv="content-security-policy">`
 * in each page head and hashes the scripts and styles it bundles itself. Scripts it does not process, the
 * `is:inline` ones from Starlight's components and the script we add through Starlight's `head` option,
 * must be listed here by hash, or the browser refuses to run them. tests/build/csp.test.ts hashes every
 * inline script of every built page and fails when one is not allowed by that page's policy, so a
 * Starlight upgrade that adds or changes an inline script fails loudly instead of breaking silently.
 */
import { createHash } from 'node:crypto';
import { copyAnchorScript } from './copy-anchor.ts';

type Sha256 = `sha256-${string}`;

/** The CSP source expression of a script or style text: `sha256-<base64 of its SHA-256>`. */
export const sha256 = (text: string): Sha256 => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Starlight's inline scripts (`<script is:inline>` in node_modules/@astrojs/starlight/dist/components/), by
 * the hash of their exact text as Starlight 0.42 renders it. When a test names one of these as unused or an
 * inline script as unknown, read the new script in Starlight's source before adding its hash.
 */
export const starlightInlineScripts = {
	/** ThemeProvider.astro: reads the stored theme before first paint (no flash of the wrong theme). */
	themeProvider: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	/** ThemeSelect.astro: sets the theme picker to the stored theme (twice per page: header and mobile menu). */
	themeSelectUpdate: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	/** Our Search.astro override (src/components/Search.astro): shows the search button's keyboard shortcut, as ⌘ K on Apple devices. */
	searchShortcut: 'sha256-rE903v0adZMNX+bqs0wAB3/bO7BXhNaKtEjqKUsZcNs=',
	/** SidebarPersister.astro: restores which sidebar groups were open (desktop only). */
	sidebarRestoreGroups: 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	/** SidebarPersister.astro: restores the sidebar's scroll position. */
	sidebarRestoreScroll: 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
} as const satisfies Record<string, Sha256>;

/** Our own inline scripts, hashed from their source so editing them never needs a hash update. */
export const ownInlineScripts = {
	/** src/site/copy-anchor.ts, added to every head through Starlight's `head` option. */
	copyAnchor: sha256(copyAnchorScript),
} as const satisfies Record<string, Sha256>;

/** Every inline-script hash the policy allows (Astro adds the hashes of the scripts it bundles). */
export const inlineScriptHashes: Sha256[] = [...Object.values(starlightInlineScripts), ...Object.values(ownInlineScripts)];

/**
 * `script-src` sources besides the hashes. `'self'` for the bundled islands in /_astro/ and Pagefind's
 * /pagefind/ modules; `'wasm-unsafe-eval'` because Pagefind compiles its WebAssembly search index (it allows
 * WebAssembly compilation only, not `eval` of JavaScript).
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * `style-src` sources. Stylesheets and `<style>` elements: `'self'` plus the hashes Astro computes for the
 * styles it inlines. Inline `style` attributes are allowed (`style-src-attr 'unsafe-inline'`): Starlight
 * sets `--sl-icon-size` and `--depth` through them, and every pre-rendered mermaid diagram carries dozens,
 * so hashing them would be a list that changes with every diagram. A style attribute cannot run script,
 * and the `img-src`, `font-src` and `connect-src` limits below stop it from loading anything off-site.
 */
export const styleResources = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }];

/** The other directives, added to every page as written. */
export const directives = [
	// Anything not named below: this site only.
	"default-src 'self'",
	// Starlight's CSS draws some icons as data: SVGs.
	"img-src 'self' data:",
	"font-src 'self'",
	// Pagefind fetches its index fragments; nothing else is fetched.
	"connect-src 'self'",
	"object-src 'none'",
	// A <base> injected by content could redirect every relative link and script.
	"base-uri 'self'",
	// The /plan/ form reads its own query string; no form posts anywhere else.
	"form-action 'self'",
] as const;

const cspMetaStart = '<meta http-equiv="content-security-policy" content="';

/** Where the tag that opens at `from` ends (just after its `>`), or -1 when there is no tag there. */
const tagEnd = (page: Buffer, from: number): number => (from < 0 ? -1 : page.indexOf('>', from) + 1 || -1);

/** The end of `<meta charset>`, else of `<head>` (not `<header>`), else -1. */
function anchorEnd(page: Buffer): number {
	const charset = tagEnd(page, page.indexOf('<meta charset="'));
	if (charset > 0) return charset;
	const plain = page.indexOf('<head>');
	return plain >= 0 ? plain + '<head>'.length : tagEnd(page, page.indexOf('<head '));
}

/**
 * Moves the policy `<meta>` to the top of `<head>`, right after `<meta charset>`. A policy in a `<meta>`
 * only governs what the parser meets after it, and Astro writes it after Starlight's head entries, so the
 * `<title>` (built with `set:html` from the frontmatter) and the first inline scripts would escape it.
 * Works on the page's bytes, never decoding it (the post-build step runs it on every page, of any size).
 * Returns undefined when nothing moves: no policy, no `<head>`, or the policy already first.
 */
export function hoistCspMetaBytes(page: Buffer): Buffer | undefined {
	const start = page.indexOf(cspMetaStart);
	if (start < 0) return undefined;
	const end = page.indexOf('">', start + cspMetaStart.length) + 2;
	if (end < 2) return undefined;
	const meta = page.subarray(start, end);
	const rest = Buffer.concat([page.subarray(0, start), page.subarray(end)]);
	const at = anchorEnd(rest);
	if (at < 0 || at === start) return undefined;
	return Buffer.concat([rest.subarray(0, at), meta, rest.subarray(at)]);
}

/** {@link hoistCspMetaBytes} on a string: the page unchanged when nothing moves. */
export const hoistCspMeta = (html: string): string => hoistCspMetaBytes(Buffer.from(html))?.toString() ?? html;
