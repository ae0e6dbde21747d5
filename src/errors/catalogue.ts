/**
 * Every problem a content author can meet, keyed by a stable code. The contributor page
 * /contributing/errors/ renders this catalogue, one section per code with the code as its anchor,
 * so the `help:` link printed with each problem always lands on its explanation.
 */
export const problemCodes = {
	'yaml-syntax': {
		title: 'The YAML is not valid',
		fix: 'Look at the line named in the report and the one before it. Indent nested fields by two spaces, and quote text that contains ": ", starts with a special character (*, &, !, [, {) or looks like a number or a date you want as text.',
	},
	'missing-field': {
		title: 'A required field is missing',
		fix: 'Add the field named in the report. The hint prints what the field expects; src/schemas/ has one file per page kind with a comment and an example for every field.',
	},
	'invalid-type': {
		title: 'A field has the wrong type',
		fix: 'Write the value in the type the hint names: a list (`- item` lines or `[a, b]`), an object (indented `key: value` lines), a number without quotes, or text.',
	},
	'invalid-value': {
		title: 'A value is outside the allowed set',
		fix: 'Use one of the values the hint lists. They are spelled exactly, in lowercase with hyphens (for example `learn-new`, not `Learn new`).',
	},
	'invalid-format': {
		title: 'A value has the wrong form',
		fix: 'Ids are kebab-case (`rag-fundamentals`), URLs are absolute and start with https:// (plain http:// and other schemes such as javascript: or data: are rejected in sources.yaml and in resources), dates are written YYYY-MM-DD.',
	},
	'unknown-key': {
		title: 'A field name is unknown',
		fix: 'Every page kind accepts a fixed set of fields, so a typo cannot silently drop data. Rename the field to the one the hint suggests, or remove it.',
	},
	'too-few': {
		title: 'A list or number is below its minimum',
		fix: 'Add items until the list reaches the minimum in the message: for example a skill needs at least one pitfall, one resource and one source.',
	},
	'unknown-reference': {
		title: 'A reference points at an id that does not exist',
		fix: 'References use permanent ids, not titles or file names. Use the id the hint suggests, or create the missing entry. Ids are listed on each index page and in the `id:` field of every file.',
	},
	'duplicate-id': {
		title: 'Two entries share an id',
		fix: 'Ids are unique across every kind, because the short link /s/<id>/ must lead to one page. Give the newer entry a new id; never change the id of a published entry.',
	},
	'prerequisite-cycle': {
		title: 'Prerequisites form a cycle',
		fix: 'A skill cannot, through its prerequisites, require itself. The report prints the cycle; remove the link that does not describe a real dependency.',
	},
	'skill-without-phase': {
		title: 'A skill is in no phase',
		fix: 'Every skill belongs to exactly one phase, which places it in time and in tracks. Add its id to the `skills:` list of a phase in content/docs/phases/.',
	},
	'skill-in-two-phases': {
		title: 'A skill is in more than one phase',
		fix: 'Keep the skill in the phase where it is first learned and remove it from the others. Link to it from the other phase bodies instead.',
	},
	'phase-without-track': {
		title: 'A phase is in no track',
		fix: 'Add the phase id to the `phases:` list of at least one track in content/docs/tracks/, in the position where a reader should meet it.',
	},
	'phase-order-gap': {
		title: 'Phase order has gaps or repeats',
		fix: 'Within a plan, the `order:` fields must read 1, 2, 3 ... with no gap and no repeat. Renumber the phases of the plan named in the report.',
	},
	'role-without-track': {
		title: 'A role is in no track',
		fix: 'Add the role id to `roles:` (first targets) or `laterRoles:` of a track, so readers can reach the role from a path.',
	},
	'phase-over-budget': {
		title: 'A phase holds more effort than its window allows',
		fix: "A phase's budget is the length of its window in weeks (a month counts 4.35 weeks, a day 1/7) times the hours a week its plan assumes (`hoursPerWeek` in content/data/plans.yaml). The summed lower effort estimate of its skills may exceed that budget by at most 25%. Re-estimate a skill whose effort is inflated, move a skill to a phase of the same plan with room, widen the window (and shift the later phases), or raise the plan's hours a week where a source supports it. The report prints the numbers and the smallest window and hours that would fit.",
	},
	'reserved-heading': {
		title: 'A heading takes the anchor of a generated section',
		fix: 'Each page kind adds its own sections after the body (a skill adds Proof to build, Pitfalls, Resources, Referenced by, Sources ...). A body heading with the same text would give the page two elements with one id, so links to that section would break. Rename the heading in the body; the report lists the anchors that are reserved for the page kind.',
	},
	'diagram-over-budget': {
		title: 'A generated diagram would be too large',
		fix: 'Mermaid draws at most 499 edges and 50,000 characters of source in one diagram, and past 40 nodes a diagram no longer reads at a glance (src/diagram/budget.ts). Phase and skill diagrams summarise themselves when they grow; the others draw everything they are given. The report names the file and field the diagram is drawn from, its size, and what to change: split a phase, merge roles or transfer groups, or shorten long titles.',
	},
	'broken-link': {
		title: 'A link points at a page or heading that does not exist',
		fix: 'Correct the path or the #anchor. Paths are absolute with a trailing slash (/skills/eval-design/); anchors are the heading text in lowercase with hyphens. Links inside generated diagrams and tables come from references in the content, so fix the reference.',
	},
	'missing-url': {
		title: 'A published URL disappeared',
		fix: 'Someone may have linked to it. If the page was renamed or moved, add `- { from: <old URL>, to: <new URL> }` under `pages:` in content/data/redirects.yaml. If it was removed on purpose, run `npm run links:update` to record that in content/data/links.lock.json.',
	},
	'missing-anchor': {
		title: 'A published heading anchor disappeared',
		fix: 'A heading was renamed or removed, and links to its #anchor would now land at the top of the page. Add `- { page: <URL>, from: <old anchor>, to: <new anchor> }` under `anchors:` in content/data/redirects.yaml to keep the old anchor, or run `npm run links:update` if the removal is deliberate.',
	},
	'stale-link-lock': {
		title: 'The link lock does not list a new page or heading',
		fix: 'Run `npm run links:update` and commit content/data/links.lock.json, so the new URL and its anchors are protected from now on.',
	},
	// Issue 13: promises kept under bad input (permanent ids, silent mistakes, hostile text, crashes).
	'changed-id': {
		title: 'A published id changed or disappeared',
		fix: 'Ids are permanent: the short link /s/<id>/ and every reader\'s stored progress use them, and content/data/links.lock.json records the id of each published page. Put the old id back. If the change is deliberate, record it under `ids:` in content/data/redirects.yaml as `- { from: <old id>, to: <new id> }`: the old short link then redirects to the entry, and progress stored under the old id is read as the new one (the build publishes these aliases in /roadmap-id-aliases.json).',
	},
	'text-length': {
		title: 'A title or text is empty or too long',
		fix: 'Titles are 1 to 80 characters (they appear in the sidebar, the browser tab and link previews), descriptions 1 to 240 (search results cut them around 160). Shorten the text to the limit in the report, or move detail into the page body.',
	},
	'markup-in-text': {
		title: 'A plain-text field contains markup',
		fix: 'Titles, descriptions and the other text fields are plain text: they are printed in the page head, the sidebar, diagrams and /roadmap.json, where markup is not rendered (or worse, runs). Anything that looks like an HTML tag (`<` followed by a letter, `/`, `!` or `?`) is rejected. Write the words without angle brackets; a lone `<` as in "a < b" or "<500 ms" is fine.',
	},
	'unsafe-url': {
		title: 'A link uses a scheme that runs code',
		fix: 'Links in page bodies must be site paths (/skills/eval-design/), #anchors, or https:// (or mailto:) URLs. `javascript:`, `data:` and `vbscript:` links would run code or carry a document in the reader\'s browser and are rejected everywhere content can carry a link.',
	},
	'unreadable-file': {
		title: 'A file could not be read',
		fix: 'The check could not open the file (permissions, a broken link, a folder where a file was expected, or text that is not UTF-8). Fix the file; nothing in it is checked until it can be read.',
	},
	'check-stopped': {
		title: 'The check stopped early',
		fix: 'A rule of the check itself failed on this content, which is a bug in the check, not in your content. The problems printed before it are real; please report the bug with the file you changed last.',
	},
	'duplicate-url': {
		title: 'Two files publish the same URL',
		fix: '`notes/x.mdx` and `notes/x/index.mdx` (or `x.md` next to `x.mdx`) both become /notes/x/, and only one of them can be served. Keep one file; if the other held different content, give it its own file name.',
	},
	'kind-outside-folder': {
		title: "A page's kind does not match its folder",
		fix: 'Each kind lives in its own folder under content/docs/ (skills in skills/, phases in phases/, tracks in tracks/, roles in roles/, notes in notes/, projects in projects/), because the folder is the URL readers see. Move the file to the folder of its kind (then add a redirect under `pages:` in content/data/redirects.yaml if it was published), or correct `kind:`.',
	},
	'window-unit-mismatch': {
		title: "A phase window is counted in a unit its plan does not use",
		fix: "Every phase of a plan counts its window in the plan's `unit` (content/data/plans.yaml): a day-based plan has windows like `{ unit: day, from: 31, to: 60 }`. Rewrite the window in the plan's unit, or move the phase to a plan that uses that unit.",
	},
	'prerequisite-later-phase': {
		title: 'A prerequisite is taught in a later phase',
		fix: 'Within one plan, a skill\'s prerequisites must be taught in the same phase or an earlier one: the phase diagram labels outside prerequisites "earlier phase", and a reader following the plan would meet the skill before what it needs. Move the prerequisite to an earlier phase (or the skill to a later one), or drop the prerequisite if the skill does not really need it. Prerequisites from another plan are not affected.',
	},
	// Issue 10 §3: content/data/roadmap-sh-coverage.yaml, roadmap.sh's AI roadmaps node by node.
	'coverage-unknown-page': {
		title: 'A roadmap.sh node is marked covered by a page that does not exist',
		fix: 'Each entry under `covered:` in content/data/roadmap-sh-coverage.yaml is the permanent id of a skill (content/docs/skills/) or a note (content/docs/notes/), optionally followed by `#anchor`. Use the id the hint suggests, or, if no page teaches the node yet, write the section first or mark the node `outOfScope:` with a one-sentence reason.',
	},
	'coverage-unknown-anchor': {
		title: 'A roadmap.sh node points at a heading its page does not have',
		fix: 'The part after `#` in `covered:` must be the anchor of a heading on that page: the heading text in lowercase with hyphens (`## Loop patterns and how to test them` is `#loop-patterns-and-how-to-test-them`), or a section the page generates (`#pitfalls`, `#resources` ...). The hint lists the anchors the page has. Correct the anchor, drop it to point at the whole page, or add the section.',
	},
	'coverage-duplicate-node': {
		title: 'A roadmap.sh node is listed twice',
		fix: 'Within one roadmap in content/data/roadmap-sh-coverage.yaml, each node appears once: no two entries share a topic (ignoring case) or a file name in `slugs`. A node that roadmap.sh renamed is one entry with every file name it had. Merge the two entries and lower `nodeCount` by one.',
	},
	'coverage-count-mismatch': {
		title: "A roadmap's node count does not match its list",
		fix: '`nodeCount` in content/data/roadmap-sh-coverage.yaml records how many nodes the roadmap had when it was inventoried, and must equal the number of entries under `nodes:`. A mismatch means the list was updated halfway. Count the node files again, add the missing nodes, or correct the count.',
	},
} as const satisfies Record<string, { title: string; fix: string }>;

export type ProblemCode = keyof typeof problemCodes;

/** Site path of the contributor page section for a code. */
export const helpUrl = (code: ProblemCode) => `/contributing/errors/#${code}`;
