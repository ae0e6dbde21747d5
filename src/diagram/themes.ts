/**
 * The two renders of every diagram, one per Starlight theme. Mermaid's theme variables reject CSS
 * variables, so each theme is a fixed palette close to Starlight's grays and accent. Text colours are
 * chosen for at least 7:1 against the fills they sit on (mermaid's stock dark theme fails axe here).
 */
export const themeNames = ['light', 'dark'] as const;
export type ThemeName = (typeof themeNames)[number];

const font = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const themeVariables: Record<ThemeName, Record<string, string | boolean>> = {
	light: {
		darkMode: false,
		fontFamily: font,
		fontSize: '15px',
		background: '#ffffff',
		primaryColor: '#eef1fb',
		primaryTextColor: '#17181c',
		primaryBorderColor: '#3b4cca',
		secondaryColor: '#f3f4f6',
		tertiaryColor: '#ffffff',
		lineColor: '#545864',
		textColor: '#17181c',
		nodeTextColor: '#17181c',
		titleColor: '#17181c',
		clusterBkg: '#f7f8fa',
		clusterBorder: '#8b8f99',
		edgeLabelBackground: '#ffffff',
	},
	dark: {
		darkMode: true,
		fontFamily: font,
		fontSize: '15px',
		background: '#17181c',
		primaryColor: '#262a35',
		primaryTextColor: '#f3f4f6',
		primaryBorderColor: '#9aa8ff',
		secondaryColor: '#2c2f38',
		tertiaryColor: '#17181c',
		lineColor: '#b4b9c4',
		textColor: '#f3f4f6',
		nodeTextColor: '#f3f4f6',
		titleColor: '#f3f4f6',
		clusterBkg: '#1e2027',
		clusterBorder: '#6b7080',
		edgeLabelBackground: '#262a35',
	},
};

/** The full mermaid configuration for one theme. `strict` encodes HTML in labels and keeps `click href` links. */
export const mermaidConfig = (theme: ThemeName) => ({
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'base',
	look: 'classic',
	themeVariables: themeVariables[theme],
	flowchart: { htmlLabels: true, useMaxWidth: false, wrappingWidth: 150, padding: 12, nodeSpacing: 30, rankSpacing: 40 },
	timeline: { useMaxWidth: false },
});
