// Starts the real relata binary on a fresh SQLite database and a free port, and Debian's
// Chromium driven by playwright-core; records console errors so a journey can fail on them.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveWebDist } from "./webDist.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Flags from DESIGN.md §11: no sandbox as root, and no background traffic to the
// closed network.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(base, child, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`relata exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      const reply = await fetch(`${base}/readyz`);
      if (reply.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`relata did not become ready:\n${log.join("")}`);
}

/** A running relata on a fresh database; `stop()` ends it and removes the database.
 * `binary` is kept, so a journey can start another (say, one with `--demo` data). With
 * `RELATA_E2E_WEB_DIST` set, the web app is served from that folder in front of relata
 * (see webDist.mjs) instead of the assets embedded in the binary. */
export async function startRelata(binary, args = []) {
  const dir = mkdtempSync(join(tmpdir(), "relata-e2e-"));
  const webDist = process.env.RELATA_E2E_WEB_DIST;
  const port = await freePort();
  const relataPort = webDist ? await freePort() : port;
  const base = `http://127.0.0.1:${port}`;
  const log = [];
  const child = spawn(binary, ["serve", "--listen", `127.0.0.1:${relataPort}`, ...args], {
    env: { ...process.env, RELATA_DATABASE_URL: `sqlite://${join(dir, "relata.db")}`, RELATA_LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => log.push(String(d)));
  child.stderr.on("data", (d) => log.push(String(d)));
  const front = webDist ? await serveWebDist(webDist, port, relataPort) : null;
  await waitUntilReady(base, child, log);
  return {
    base,
    binary,
    log,
    async stop() {
      front?.close();
      front?.closeAllConnections();
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** A page that remembers console errors and uncaught exceptions. */
export async function newPage(context) {
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => page.consoleErrors.push(String(error)));
  return page;
}

export function artifactsDir() {
  const dir = new URL("../../target/e2e/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Fails with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}
