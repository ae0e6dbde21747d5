// Runs inside the Chromium page (serialised by page.evaluate): self-contained, no imports at runtime.
import type { AltItem } from '../types.ts';
import type { NodeLink, RenderJob, RenderOutcome } from './rendered.ts';

interface MermaidApi {
	initialize(config: object): void;
	parse(source: string): Promise<unknown>;
	render(id: string, source: string): Promise<{ svg: string }>;
	mermaidAPI: { getDiagramFromText(source: string): Promise<{ type: string; db: FlowDb }> };
}
interface FlowDb {
	getVertices?(): Map<string, { id: string; text?: string; link?: string }>;
	getEdges?(): { start: string; end: string; text?: string }[];
}

/**
 * Renders each job, then moves every `<a>` out of the SVG into a list of link boxes: the picture goes
 * inside `role="img"` (which must hold no links), the links into a separate overlay.
 */
export async function renderInPage(jobs: RenderJob[]): Promise<RenderOutcome[]> {
	const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
	const host = document.getElementById('host')!;
	const outcomes: RenderOutcome[] = [];
	// Parsed labels still hold mermaid's placeholders for entity codes (#quot; -> ﬂ°quot¶ß); undo them, then strip tags.
	const plain = (html: string | undefined) => {
		const div = document.createElement('div');
		const decoded = (html ?? '').replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
		div.innerHTML = decoded.replace(/<br\s*\/?>/gi, ' ');
		return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
	};
	for (const job of jobs) {
		try {
			mermaid.initialize(job.config);
			await mermaid.parse(job.source);
			const { svg } = await mermaid.render(job.domId, job.source);
			host.innerHTML = svg;
			const el = host.querySelector('svg')!;
			const box = el.getBoundingClientRect();
			const vb = el.viewBox.baseVal;
			const scale = vb.width / box.width;
			const links: NodeLink[] = [];
			for (const a of [...el.querySelectorAll('a')]) {
				const r = a.getBoundingClientRect();
				const href = a.getAttribute('xlink:href') ?? a.getAttribute('href') ?? '';
				const round = (n: number) => Math.round(n * 10) / 10;
				// The <a> carries the node's position: keep its transform on a plain <g>.
				const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
				for (const attr of [...a.attributes]) if (!/href$|^target$/.test(attr.name)) g.setAttribute(attr.name, attr.value);
				g.append(...a.childNodes);
				a.replaceWith(g);
				if (!href || href === 'about:blank') continue; // a URL mermaid's sanitiser rejected
				links.push({
					href, label: plain(g.textContent ?? ''),
					x: round(vb.x + (r.left - box.left) * scale), y: round(vb.y + (r.top - box.top) * scale),
					width: round(r.width * scale), height: round(r.height * scale),
				});
			}
			// Inline SVG is page weight: drop invisible links and mermaid's debug data, round coordinates.
			for (const hidden of [...el.querySelectorAll('.edge-thickness-invisible')]) hidden.remove();
			for (const node of [...el.querySelectorAll('*')]) {
				for (const attr of [...node.attributes]) {
					if (/^data-(points|look|et|edge|id)$/.test(attr.name)) node.removeAttribute(attr.name);
					else if (/^(d|transform|points|x|y|width|height|viewBox)$/.test(attr.name)) node.setAttribute(attr.name, attr.value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)));
				}
			}
			// The wrapper carries role="img" and the name; mermaid's own roles would only confuse it.
			const type = el.getAttribute('aria-roledescription') ?? 'diagram';
			for (const name of ['role', 'aria-roledescription', 'style']) el.removeAttribute(name);
			el.setAttribute('width', String(Math.ceil(vb.width)));
			el.setAttribute('height', String(Math.ceil(vb.height)));
			el.setAttribute('aria-hidden', 'true');
			el.setAttribute('focusable', 'false');
			let alt: AltItem[] | undefined;
			const diagram = job.withAlt ? await mermaid.mermaidAPI.getDiagramFromText(job.source) : undefined;
			const vertices = diagram?.db.getVertices?.();
			const edges = diagram?.db.getEdges?.() ?? [];
			if (vertices) {
				const label = (id: string) => plain(vertices.get(id)?.text) || id;
				alt = [...vertices.values()].map((v) => ({
					label: label(v.id),
					href: v.link && v.link !== 'about:blank' ? v.link : undefined,
					children: edges.filter((e) => e.start === v.id).map((e) => ({ label: `${plain(e.text) ? `${plain(e.text)}: ` : ''}to ${label(e.end)}` })),
				}));
			}
			outcomes.push({ key: job.key, ok: true, rendered: { svg: el.outerHTML, type, width: Math.ceil(vb.width), height: Math.ceil(vb.height), links, alt } });
		} catch (error) {
			outcomes.push({ key: job.key, ok: false, error: error instanceof Error ? error.message : String(error) });
		} finally {
			host.innerHTML = '';
			document.getElementById(`d${job.domId}`)?.remove(); // mermaid's scratch element after a failed render
		}
	}
	return outcomes;
}
