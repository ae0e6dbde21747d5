import type { Problem } from '../errors/problem.ts';
import { formatPath } from '../errors/problem.ts';
import { isUnsafeUrl } from '../graph/check-body-links.ts';
import { MARKUP } from '../schemas/common.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = (string | number)[];

/**
 * Starlight's own frontmatter fields that it prints as HTML (`hero.title`, `hero.tagline`,
 * `banner.content` use set:html) or as text (sidebar labels, action texts), and the links it renders
 * (`hero.actions[].link`). Our schemas do not own these fields, so they are checked here: plain text,
 * and no link that runs code. (`head` is raw HTML by design and is left to the Content-Security-Policy.)
 */
export function starlightFieldProblems(data: unknown, file: string, source: YamlSource): Problem[] {
	const d = (data ?? {}) as Record<string, unknown>;
	const hero = (d.hero ?? {}) as Record<string, unknown>;
	const sidebar = (d.sidebar ?? {}) as Record<string, unknown>;
	const actions = Array.isArray(hero.actions) ? (hero.actions as Record<string, unknown>[]) : [];
	const texts: [Path, unknown][] = [
		[['hero', 'title'], hero.title],
		[['hero', 'tagline'], hero.tagline],
		[['banner', 'content'], (d.banner as Record<string, unknown> | undefined)?.content],
		[['sidebar', 'label'], sidebar.label],
		[['sidebar', 'badge'], typeof sidebar.badge === 'string' ? sidebar.badge : undefined],
		[['sidebar', 'badge', 'text'], (sidebar.badge as Record<string, unknown> | undefined)?.text],
		...actions.map((a, i): [Path, unknown] => [['hero', 'actions', i, 'text'], a?.text]),
	];
	const problems: Problem[] = [];
	for (const [path, value] of texts) {
		if (typeof value !== 'string' || !MARKUP.test(value)) continue;
		problems.push({
			code: 'markup-in-text', file, line: source.lineOf(path), field: formatPath(path),
			message: `must be plain text, but "${/<[A-Za-z/!?][^\s>]{0,20}>?/.exec(value)?.[0]}" looks like an HTML tag`,
			hint: 'Write it without angle brackets: Starlight prints this field as HTML, so markup here would run. A lone "<" followed by a space or a digit is fine.',
		});
	}
	actions.forEach((action, i) => {
		const link = action?.link;
		if (typeof link !== 'string' || !isUnsafeUrl(link)) return;
		const path = ['hero', 'actions', i, 'link'];
		problems.push({
			code: 'unsafe-url', file, line: source.lineOf(path), field: formatPath(path),
			message: `"${link.slice(0, 60)}" uses a scheme that runs code or carries a document in the reader's browser`,
			hint: 'Link to a site path (/tracks/applied-ai-engineer/) or an https:// URL instead.',
		});
	});
	return problems;
}
