// Serves a freshly built web/dist in front of a running relata, for trying the web app's
// journeys against a binary that embeds older assets (or none): files from dist are served
// as they are, other page addresses get dist's index.html (the app routes them), and
// everything else — the API, /readyz, the change stream — is passed on to relata.
// Opt-in: `RELATA_E2E_WEB_DIST=dist node e2e/run.mjs path/to/relata`.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, request } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** The file under `dist` a request path names, if there is one. */
function fileFor(dist, pathname) {
  const path = normalize(join(dist, decodeURIComponent(pathname)));
  if (!path.startsWith(dist)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function isPage(req, pathname) {
  return req.method === "GET" && !pathname.startsWith("/api/") && (req.headers.accept ?? "").includes("text/html");
}

function send(res, path) {
  res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-store" });
  createReadStream(path).pipe(res);
}

/** Listens on `port` (loopback), serving `distDir` and passing the rest to `upstreamPort`. */
export function serveWebDist(distDir, port, upstreamPort) {
  const dist = resolve(distDir);
  const index = join(dist, "index.html");
  if (!existsSync(index)) throw new Error(`${index} does not exist; build the web app first`);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://localhost");
    const file = req.method === "GET" && pathname !== "/" ? fileFor(dist, pathname) : null;
    if (file) return send(res, file);
    if (isPage(req, pathname)) return send(res, index);
    const upstream = request(
      { host: "127.0.0.1", port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" });
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ready(server));
  });
}
