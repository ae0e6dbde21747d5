// `npm run check`: validates content/ without building the site, prints every problem, exits 1 if any.
import { buildOnlyRules, checkContent } from '../check/run-check.ts';
import { formatReport } from '../errors/format.ts';

const root = process.argv[2] ?? process.cwd();
const { graph, problems } = checkContent(root);
const buildOnly = `Checked only by \`npm run build\` (they need the built HTML): ${buildOnlyRules.join('; ')}.`;
if (problems.length > 0) {
	console.error(formatReport(problems));
	console.error(buildOnly);
	process.exit(1);
}
const count = (kind: keyof typeof graph.entries) => graph.entries[kind].size;
console.log(
	`Content OK: ${count('skill')} skills, ${count('phase')} phases, ${count('track')} tracks, ${count('role')} roles, ` +
		`${count('note')} notes, ${count('project')} projects, ${graph.data.transfers.length} transfer rows.`,
);
console.log(buildOnly);
