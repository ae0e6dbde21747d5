/** The outcome of checking one external URL. */
export interface UrlResult {
	url: string;
	ok: boolean;
	/** HTTP status, when the server answered. */
	status?: number;
}

/** What the check needs from the outside world, injected so the decision logic is testable offline. */
export interface ExternalCheckDeps {
	/** Resolves true when the network is reachable at all (one cheap request, not a link check). */
	online: () => Promise<boolean>;
	/** Checks every URL (the CLI uses linkinator). */
	check: (urls: string[]) => Promise<UrlResult[]>;
}

export interface ExternalReport {
	/** 0: all links answered; 1: some are broken; 2: the network is unreachable, nothing was checked. */
	exitCode: 0 | 1 | 2;
	lines: string[];
}

/**
 * Checks external links, or says in one line that it cannot: without a network every link would
 * look dead, and a report of 200 "broken" links hides the real cause.
 */
export async function checkExternalUrls(urls: Map<string, string[]>, deps: ExternalCheckDeps): Promise<ExternalReport> {
	if (!(await deps.online())) {
		return { exitCode: 2, lines: [`links:external: cannot reach the network, so none of the ${urls.size} external URLs was checked; run it again online.`] };
	}
	const results = await deps.check([...urls.keys()]);
	const broken = results.filter((r) => !r.ok).sort((a, b) => a.url.localeCompare(b.url));
	const lines = broken.map((r) => `${r.status ?? 'no answer'}  ${r.url}  (in ${(urls.get(r.url) ?? []).join(', ')})`);
	lines.push(`links:external: ${results.length - broken.length} of ${results.length} external URLs answered, ${broken.length} broken.`);
	return { exitCode: broken.length ? 1 : 0, lines };
}
