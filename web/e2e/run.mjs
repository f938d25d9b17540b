// The end-to-end journeys of issue 4, in order, against the real binary on a fresh SQLite
// database, in headless Chromium. Usage: node e2e/run.mjs path/to/relata
// Each journey leaves a screenshot in target/e2e/; a failure also prints relata's log.
// The web app is the one embedded in the binary; to try a fresh `npm run build` against an
// older binary, set RELATA_E2E_WEB_DIST=dist (see webDist.mjs).
import { join } from "node:path";
import { artifactsDir, launchBrowser, newPage, startRelata } from "./harness.mjs";
import { journeys } from "./journeys.mjs";

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node e2e/run.mjs path/to/relata");
  process.exit(2);
}

const relata = await startRelata(binary);
const browser = await launchBrowser();
const context = await browser.newContext({ baseURL: relata.base, viewport: { width: 1280, height: 800 }, locale: "en-US" });
context.setDefaultTimeout(10_000);
const page = await newPage(context);
const artifacts = artifactsDir();
const state = {};
let failed = 0;

for (const [name, journey] of journeys) {
  const started = Date.now();
  page.consoleErrors.length = 0;
  try {
    await journey(page, state, relata);
    if (page.consoleErrors.length > 0) {
      throw new Error(`console errors:\n  ${page.consoleErrors.join("\n  ")}`);
    }
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    await page.screenshot({ path: join(artifacts, `${name}-failed.png`), fullPage: true }).catch(() => {});
    console.log(`FAIL  ${name}: ${error instanceof Error ? error.message : error}`);
  }
}

await browser.close();
if (failed > 0) console.log(`relata's log:\n${relata.log.join("").slice(-4000)}`);
await relata.stop();
console.log(`${journeys.length - failed} of ${journeys.length} journeys passed; screenshots in ${artifacts}`);
process.exit(failed > 0 ? 1 : 0);
