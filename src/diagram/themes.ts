/**
 * The two palettes of every diagram, one per Starlight theme, close to Starlight's grays and accent.
 * Text colours are chosen for at least 7:1 against the fills they sit on (mermaid's stock dark theme
 * fails axe here). Mermaid's theme variables reject CSS variables, so a diagram is rendered once with
 * the light palette, and its colours become custom properties whose dark values come from rendering
 * one diagram in the dark palette too (src/diagram/render/palette.ts). That pairing needs each role of
 * the light palette to have its own value: hence the near-white tertiary and edge-label backgrounds.
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
		tertiaryColor: '#fefefe',
		lineColor: '#545864',
		textColor: '#17181c',
		nodeTextColor: '#17181c',
		titleColor: '#17181c',
		clusterBkg: '#f7f8fa',
		clusterBorder: '#8b8f99',
		edgeLabelBackground: '#fdfdfd',
		// Set, not derived: mermaid would derive these to black in light and a gray in dark, and black
		// is also the (theme-independent) shadow colour, so the pairing could not tell them apart.
		arrowheadColor: '#545864',
		errorBkgColor: '#ffffff',
		errorTextColor: '#17181c',
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
		arrowheadColor: '#b4b9c4',
		errorBkgColor: '#17181c',
		errorTextColor: '#f3f4f6',
	},
};

/** The theme every diagram is rendered in; the other only calibrates the palette. */
export const renderTheme: ThemeName = 'light';

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
