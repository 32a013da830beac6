// A small static server for the built site, mounted under a sub-path as GitHub Pages does
// (default /newslens/). Loopback only. Usage: node scripts/serve.mjs [DIST] [PORT] [BASE]
// Exported as serve() for the end-to-end tests.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
  ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".png": "image/png",
  ".ico": "image/x-icon",
};

export function serve({ dist = "dist", port = 0, base = "/newslens/" } = {}) {
  const root = resolve(dist);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path + "/" === base) { res.writeHead(301, { location: base }); return res.end(); }
    if (!path.startsWith(base)) return notFound(res, root);
    path = path.slice(base.length) || "index.html";
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound(res, root);
    try {
      if (!(await stat(file)).isFile()) return notFound(res, root);
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
      res.end(body);
    } catch {
      notFound(res, root);
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

async function notFound(res, root) {
  const page = await readFile(join(root, "404.html")).catch(() => "Not found");
  res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  res.end(page);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dist = "dist", port = "8080", base = "/newslens/"] = process.argv.slice(2);
  const server = await serve({ dist, port: Number(port), base });
  console.log(`NewsLens is being served at http://127.0.0.1:${server.address().port}${base}  (Ctrl-C to stop)`);
}
