// A minimal static server for a built site (dist/), so browser tests and benchmarks need no preview server
// and no network. tests/support/serve.ts re-exports it for the tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain',
	'.wasm': 'application/wasm',
};

export interface Served {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves `dir` at the root, or with `prefix` (a base path such as `/fork/`) under that prefix only, as
 * GitHub Pages serves a project site: a request outside the prefix gets a plain 404, so a link that
 * forgot the base fails.
 */
export async function serve(dir: string, { prefix = '/' }: { prefix?: string } = {}): Promise<Served> {
	const base = `/${prefix.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
	const server: Server = createServer((req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const inside = `${requested}/`.startsWith(base);
		if (!inside) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end(`${requested} is outside the base ${base}`);
			return;
		}
		const path = normalize(`/${requested.slice(base.length)}`).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const status = existsSync(file) ? 200 : 404;
		if (status === 404) file = join(dir, '404.html');
		res.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
