/** robots.txt: every crawler may read everything; the sitemap's absolute URL (it must be absolute). */
export const robotsTxt = (sitemap: URL): string => `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;

/** `/fork` or `/fork/` or `/` -> the base with one trailing slash, for joining paths. */
export const withSlash = (base: string): string => base.replace(/\/?$/, '/');
