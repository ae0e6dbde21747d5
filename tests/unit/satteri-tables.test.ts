// Markdown tables scroll inside a labelled, focusable region (src/site/satteri-tables.ts). The plugin is a
// factory: Sätteri asks it once per file, and a file without a pipe has no table and no pass.
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriTables } from '../../src/site/satteri-tables.ts';

const table = '## Prices\n\n| Model | Price |\n| --- | --- |\n| A | 1 |\n';

describe('satteriTables', () => {
	it('wraps a table in a region named after its heading and columns', async () => {
		const { html } = await markdownToHtml(table, { hastPlugins: [satteriTables()] });
		expect(html).toContain('<div class="roadmap-md-table" role="region" tabindex="0" aria-label="Table under “Prices”: Model, Price"><table>');
	});

	it('is left out of a file with no pipe, which cannot hold a Markdown table', () => {
		const factory = satteriTables();
		expect(factory({ source: '## Why\n\nText, and a <table> written as JSX is no Markdown table.\n' })).toBeNull();
		expect(factory({ source: table })?.name).toBe('roadmap-tables');
		// A pipe anywhere keeps it: a table inside a list item or a quote is still found by the visitor.
		expect(factory({ source: '> | a |\n> | - |\n' })).not.toBeNull();
	});
});
