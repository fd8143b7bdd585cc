#!/usr/bin/env node
// Serves a built site on the loopback interface only, with the MIME types the app needs
// (.wasm as application/wasm, for streaming compilation) and the security headers that a
// meta tag cannot set. No dependencies beyond Node itself.
//   node scripts/serve.mjs [--dir build/web/dist] [--port 8080] [--host 127.0.0.1]
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';

const options = {dir: 'build/web/dist', port: 8080, host: '127.0.0.1'};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [key, value] = [argv[i], argv[i + 1]];
  if (key === '--dir' && value) options.dir = value;
  else if (key === '--port' && /^\d+$/.test(value ?? '')) options.port = Number(value);
  else if (key === '--host' && value) options.host = value;
  else {
    console.error(`usage: serve.mjs [--dir DIR] [--port N] [--host ADDRESS] (unknown: ${key})`);
    process.exit(2);
  }
  i++;
}

const root = resolve(options.dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

// Files named after their content (crampcheck.<hash>.wasm, app.<hash>.js; see
// scripts/cmake/make_dist.cmake) never change, so browsers may keep them. The page, the
// service worker and the manifest keep their names from build to build: always revalidated,
// so an update is seen at once. Anything else is revalidated too.
function cachePolicy(file) {
  if (/\.[0-9a-f]{12}\.(js|wasm|css)$/.test(file)) return 'public, max-age=31536000, immutable';
  if (/(^|[\\/])(sw\.js|index\.html|manifest\.webmanifest)$/.test(file)) return 'no-cache';
  return 'max-age=0, must-revalidate';
}

const server = createServer(async (request, response) => {
  try {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), {code: 'ENOENT'});
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {...headers, 'Content-Type': type, 'Cache-Control': cachePolicy(file)});
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    const notFound = error.code === 'ENOENT' || error.code === 'EISDIR';
    response.writeHead(notFound ? 404 : 500, {...headers, 'Content-Type': 'text/plain; charset=utf-8'});
    response.end(notFound ? 'Not found\n' : 'Server error\n');
  }
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${options.port} on ${options.host} is already in use. ` +
                  `Stop the other server or pick another port: scripts/run.sh --port ${options.port + 1}`);
  } else {
    console.error(`Cannot serve on ${options.host}:${options.port}: ${error.message}`);
  }
  process.exit(1);
});

server.listen(options.port, options.host, () => {
  const {port} = server.address();
  console.log(`CrampCheck is served at http://${options.host}:${port}/ (Ctrl+C stops it)`);
});
