// The insights journey, on a relata of its own filled with the demo workspace (a sales
// team's year, in English and Russian): the owner signs in, sees the revenue forecast and the
// deals at risk on the dashboard, opens a person whose note reads as negative and sees it
// marked so, and subscribes a webhook in Settings, whose signing secret is shown once.
import { join } from "node:path";
import { artifactsDir, check, newPage, startRelata } from "./harness.mjs";

const DEMO_OWNER = { email: "alex@northwind.example", password: "relata-demo" };
// A demo note written by an annoyed customer's account manager (see crates/sample).
const NEGATIVE_NOTE = "Escalation: sync failures";
// A private address: relata refuses to post there (webhooks_allow_private_networks is off),
// so the journey sends nothing anywhere.
const WEBHOOK_URL = "http://127.0.0.1:9/relata-e2e";

async function signIn(page) {
  await page.goto("/sign-in");
  await page.getByTestId("sign-in-email").fill(DEMO_OWNER.email);
  await page.getByTestId("sign-in-password").fill(DEMO_OWNER.password);
  await page.getByTestId("sign-in-submit").click();
  await page.waitForURL(/\/my-work$/);
  await page.getByRole("link", { name: "Dashboard" }).waitFor();
}

async function forecastAndDealsAtRisk(page) {
  await page.goto("/dashboard");
  const forecast = page.getByTestId("forecast-card");
  await forecast.getByTestId("forecast-chart").locator("svg.recharts-surface").first().waitFor();
  const note = (await forecast.getByTestId("forecast-note").innerText()).trim();
  check(/^Learned from \d+ closed deals?; band: 10th–90th percentile$/.test(note), `the forecast says: ${note}`);
  const months = await forecast.getByTestId("forecast-month").count();
  check(months === 3, `the forecast has ${months} months, not 3`);

  const deal = page.getByTestId("deal-at-risk").first();
  await deal.waitFor();
  await snapshot(page, "demo-dashboard");
  const reasons = await deal.locator("li").allInnerTexts();
  check(reasons.length > 0 && reasons.every((r) => r.trim()), "a deal at risk gives no reason");
  const link = deal.getByRole("link");
  const name = (await link.innerText()).trim();
  check(/^\/deals\/[0-9a-f-]{36}$/.test(await link.getAttribute("href")), "a deal at risk does not link to its deal");
  await link.click();
  await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
  await page.getByTestId("record-title").filter({ hasText: name }).waitFor();
}

/** Finds the note through the API with the page's session, then opens its person. */
async function negativeNote(page) {
  const search = new URLSearchParams({ filter: `subject = "${NEGATIVE_NOTE}"`, limit: "1" });
  const reply = await page.request.get(`/api/v1/activities?${search}`);
  check(reply.ok(), `listing activities answered ${reply.status()}`);
  const [activity] = (await reply.json()).data;
  check(activity?.person_id, `the demo has no note “${NEGATIVE_NOTE}” about a person`);
  await page.goto(`/people/${activity.person_id}`);
  const note = page.locator('[data-testid="timeline-item"][data-kind="note"]').filter({ hasText: NEGATIVE_NOTE });
  const badge = note.getByTestId("sentiment-badge");
  await badge.waitFor();
  check((await badge.getAttribute("data-label")) === "negative", `the note reads as ${await badge.getAttribute("data-label")}`);
  const text = (await badge.innerText()).trim();
  check(/^Negative −\d\.\d\d$/.test(text), `the badge says ${text}`);
  // Its analysis sums it up in its own sentences.
  await note.getByTestId("analysis-toggle").click();
  await note.getByTestId("analysis-summary").locator("li").first().waitFor();
  await snapshot(page, "demo-negative-note");
}

async function webhookSecretShownOnce(page) {
  await page.goto("/settings/webhooks");
  await page.getByTestId("webhooks-empty").waitFor();
  await page.getByTestId("webhook-create").click();
  await page.getByTestId("webhook-url").fill(WEBHOOK_URL);
  await page.getByTestId("webhook-description").fill("E2E: won deals");
  await page.getByTestId("webhook-events").click();
  await page.getByRole("option", { name: "Deal won" }).click();
  await page.keyboard.press("Escape");
  await page.getByTestId("webhook-submit").click();
  const field = page.getByTestId("webhook-secret");
  await field.waitFor();
  const secret = await field.inputValue();
  check(/^whsec_[A-Za-z0-9+/=]{20,}$/.test(secret), `the secret looks wrong: ${secret}`);
  await page.getByTestId("webhook-secret-done").click();
  await field.waitFor({ state: "detached" });
  const row = page.getByTestId("webhook-row").filter({ hasText: WEBHOOK_URL });
  await row.waitFor();
  check((await row.getAttribute("data-enabled")) === "true", "the new webhook is off");
  check(!(await page.content()).includes(secret), "the secret is still on the page");
  await page.reload();
  await row.waitFor();
  check(!(await page.content()).includes(secret), "the secret is shown again after a reload");
}

/** A screenshot of the demo workspace beside the journeys' own. */
async function snapshot(page, name) {
  await page.screenshot({ path: join(artifactsDir(), `${name}.png`), fullPage: true });
}

export async function demoInsightsAndWebhook(page, state, relata) {
  const demo = await startRelata(relata.binary, ["--demo"]);
  const context = await page.context().browser().newContext({ baseURL: demo.base, viewport: { width: 1280, height: 900 }, locale: "en-US" });
  context.setDefaultTimeout(15_000);
  try {
    const owner = await newPage(context);
    await signIn(owner);
    await forecastAndDealsAtRisk(owner);
    await negativeNote(owner);
    await webhookSecretShownOnce(owner);
    check(owner.consoleErrors.length === 0, `console errors in the demo workspace:\n  ${owner.consoleErrors.join("\n  ")}`);
  } finally {
    await context.close();
    await demo.stop();
  }
}
