// Time to interactive of the people list: from navigation start until the first rows are
// on screen and the table answers input, in headless Chromium against a running Relata.
// Usage: node e2e/measure-list.mjs http://127.0.0.1:8080 email password [runs]
import { launchBrowser } from "./harness.mjs";

const [base, email, password, runsText] = process.argv.slice(2);
if (!base || !email || !password) {
  console.error("usage: node e2e/measure-list.mjs BASE_URL EMAIL PASSWORD [RUNS]");
  process.exit(2);
}
const runs = Number(runsText ?? 7);

const browser = await launchBrowser();
const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
const signIn = await context.request.post("/api/v1/session", { data: { email, password } });
if (!signIn.ok()) throw new Error(`cannot sign in: ${signIn.status()} ${await signIn.text()}`);

const times = [];
for (let run = 0; run < runs; run += 1) {
  const page = await context.newPage();
  await page.goto("/people", { waitUntil: "commit" });
  await page.getByTestId("record-row").first().waitFor({ timeout: 30_000 });
  // Interactive: the row takes focus and the page answers within the same frame.
  await page.getByTestId("record-row").first().focus();
  const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  const rows = await page.getByTestId("record-row").count();
  times.push(ms);
  console.log(`run ${run + 1}: ${ms.toFixed(0)} ms to an interactive list (${rows} rows rendered)`);
  await page.close();
}
await browser.close();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`first (cold cache) ${times[0].toFixed(0)} ms; median ${median.toFixed(0)} ms; worst ${sorted.at(-1).toFixed(0)} ms`);
