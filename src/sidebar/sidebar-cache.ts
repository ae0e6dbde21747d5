import { SidebarTemplates } from './sidebar-template.ts';

/** The build's sidebar templates (src/sidebar/sidebar-template.ts), shared by every page it renders. */
export const sidebarTemplates = new SidebarTemplates();

/**
 * ROADMAP_VERIFY_SIDEBAR=1 renders Starlight's own sidebar on every page as well, and stops the build where
 * the two differ, or where a page's sidebar did not come from a template. The test build sets it
 * (tests/support/build-site.ts).
 */
export const verifySidebar = (env: NodeJS.ProcessEnv = process.env) => env.ROADMAP_VERIFY_SIDEBAR === '1';

/** Where a page's filled template differs from Starlight's rendering: the first differing characters. */
export function sidebarMismatch(page: string, filled: string, starlight: string): string | undefined {
	if (filled === starlight) return undefined;
	let at = 0;
	while (at < filled.length && filled[at] === starlight[at]) at++;
	const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
	return `Sidebar of ${page} (${filled.length} vs ${starlight.length} characters): the cached template gives\n  ${around(filled)}\nwhere Starlight renders\n  ${around(starlight)}\n(src/sidebar/sidebar-template.ts)`;
}
