/**
 * Escaping for text that comes from content. Mermaid decodes `#<code>;` entity codes inside labels, so
 * every character that could end a quoted label, open markup or start mermaid syntax becomes one: a
 * title with `"`, `<script>` or `]) --> x` stays text.
 */
export function mermaidText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[^\p{L}\p{N} ,.'’:?!%–—-]/gu, (c) => `#${c.codePointAt(0)};`);
}

/** A label of one or more lines, each escaped, joined by mermaid's line break. */
export const mermaidLabel = (lines: string | readonly string[]): string =>
	(typeof lines === 'string' ? [lines] : lines).map(mermaidText).join('<br>');

/** A mermaid node id from a prefix and a content id: letters, digits and `_` only, never a keyword like `end`. */
export const nodeId = (prefix: string, id: string): string => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/** A site path for `click ... href "..."`: percent-encoded, so a quote cannot end the string. */
export const mermaidHref = (href: string): string => encodeURI(href).replace(/"/g, '%22');

/** Text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
