import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const OUR_IMPORT = /^import\s+(\w+)\s+from\s+['"][^'"]*src\/components\/[^'"]*['"];?[ \t]*\r?\n?/gm;

/**
 * The same page as a vanilla Starlight site would hold it: frontmatter reduced to title and description,
 * the body kept, imports of our components removed together with the tags that use them. Pure.
 */
export function vanillaPage(text: string): string {
	const match = FRONTMATTER.exec(text);
	const data = (match ? parse(match[1]!) : {}) as { title?: unknown; description?: unknown };
	let body = match ? text.slice(match[0].length) : text;
	const names = [...body.matchAll(OUR_IMPORT)].map((m) => m[1]!);
	body = body.replace(OUR_IMPORT, '');
	for (const name of names) {
		body = body.replace(new RegExp(`<${name}\\b[\\s\\S]*?/>`, 'g'), '').replace(new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`, 'g'), '');
	}
	const front = [`title: ${JSON.stringify(String(data.title ?? 'Untitled'))}`];
	if (typeof data.description === 'string') front.push(`description: ${JSON.stringify(data.description)}`);
	return `---\n${front.join('\n')}\n---\n${body}`;
}
