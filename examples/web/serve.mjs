// A tiny static server for the example (and for its browser test): serves this directory (the
// page and dist/app.js, the bundle `npm run build` makes) and the walint npm package under
// /node_modules/walint/, as `npm install` would lay it out.
//   node serve.mjs [port]     then open http://127.0.0.1:<port>/
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm', // lets the browser compile while downloading
};

/** The file a URL path names inside `root`, or null when it escapes it or does not exist. */
function fileIn(root, urlPath) {
  const path = resolve(root, `.${urlPath}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileIn(root, `${urlPath.replace(/\/$/, '')}/index.html`);
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server on 127.0.0.1. `packageDir` is the walint package (default: the repository's
 * pkg/, i.e. what `npm install ../../pkg` links). Resolves to `{ url, close }`.
 */
export function serve({ port = 0, packageDir = join(HERE, '..', '..', 'pkg') } = {}) {
  const mounts = [
    ['/node_modules/walint/', resolve(packageDir)],
    ['/', HERE],
  ];
  const server = createServer((request, response) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      urlPath = '/\0'; // malformed escape: answered with 404 below
    }
    const [prefix, root] = mounts.find(([prefix]) => urlPath.startsWith(prefix));
    const file = urlPath.includes('\0') ? null : fileIn(root, `/${urlPath.slice(prefix.length)}`);
    if (!file || request.method !== 'GET') {
      const unbuilt = !file && root === HERE && urlPath.startsWith('/dist/');
      response.writeHead(404, { 'content-type': 'text/plain' })
        .end(unbuilt ? 'not built: run `npm ci && npm run build` in examples/web\n' : 'not found\n');
      if (unbuilt) console.error(`serve.mjs: ${urlPath} is missing: run \`npm run build\` in examples/web`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      done({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve({ port: Number(process.argv[2] ?? 8080) });
  console.log(`walint template editor: ${url}`);
}
