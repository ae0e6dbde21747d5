/**
 * The one script the roadmap adds: clicking a heading's link icon also copies the section URL, so a
 * blogger gets a deep link in one click. Without JavaScript the icon is still a plain link to the
 * section. Inlined into every page head (about 400 bytes).
 */
export const copyAnchorScript = `document.addEventListener('click', (event) => {
	const link = event.target instanceof Element && event.target.closest('.sl-anchor-link');
	if (!link || !navigator.clipboard) return;
	navigator.clipboard.writeText(link.href).then(() => {
		link.dataset.copied = '';
		setTimeout(() => delete link.dataset.copied, 1600);
	}, () => {});
});`;
