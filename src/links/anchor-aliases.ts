/**
 * Keeps a renamed heading's old anchor working: puts an empty element with the old id right before the
 * heading that now has the new id, so `#old` lands on the renamed heading.
 */
export function injectAnchorAliases(html: string, aliases: readonly { from: string; to: string }[]): string {
	let out = html;
	for (const { from, to } of aliases) {
		if (out.includes(` id="${from}"`)) continue; // the old anchor still exists
		const heading = new RegExp(`<h[1-6]\\b[^>]*\\sid="${to}"`).exec(out);
		if (!heading) continue; // reported by the link lock check: the alias leads nowhere
		out = `${out.slice(0, heading.index)}<span id="${from}" class="roadmap-anchor-alias" aria-hidden="true"></span>${out.slice(heading.index)}`;
	}
	return out;
}
