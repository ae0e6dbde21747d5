import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Serves a built site (a `dist/` folder) on a free local port, for measuring it in a browser. */
export async function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
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
