// The journeys a new user takes, each a function of the page and the state earlier
// journeys left (ids, names). They run in this order on one fresh database.
import { check } from "./harness.mjs";
import { demoInsightsAndWebhook } from "./insightsJourney.mjs";
import { inviteAndAccept } from "./inviteJourney.mjs";
import { exportAndErasePerson } from "./personalDataJourney.mjs";
import { twoFactorSignIn } from "./securityJourney.mjs";

const OWNER = { workspace: "Northwind E2E", name: "Dana Scully", email: "dana@northwind.test", password: "trust-no-one-1" };

async function firstRunSetup(page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Create workspace" }).waitFor();
  check(page.url().endsWith("/setup"), `an empty Relata opened ${page.url()}, not the set-up`);
  await page.getByRole("textbox", { name: /^Workspace name/ }).fill(OWNER.workspace);
  await page.getByRole("textbox", { name: /^Your name/ }).fill(OWNER.name);
  await page.getByRole("textbox", { name: /^Email/ }).fill(OWNER.email);
  await page.getByRole("textbox", { name: /^Password/ }).fill(OWNER.password);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await page.getByRole("link", { name: "People" }).waitFor();
  check(page.url().endsWith("/my-work"), `set-up ended on ${page.url()}`);
  // Signed in by a cookie: a reload keeps the session.
  await page.reload();
  await page.getByRole("link", { name: "People" }).waitFor();
  check(!page.url().includes("sign-in"), "a reload signed the owner out");
}

async function switchToRussian(page) {
  await page.goto("/people");
  await page.getByTestId("language-menu").click();
  await page.getByRole("menuitem", { name: "Русский" }).click();
  await page.getByRole("link", { name: "Контакты" }).waitFor();
  await page.getByRole("link", { name: "Сделки" }).waitFor();
  check((await page.locator("html").getAttribute("lang")) === "ru", "the page language is not ru");
  // Remembered across a reload.
  await page.reload();
  await page.getByRole("link", { name: "Воронка" }).waitFor();
  await page.getByTestId("language-menu").click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await page.getByRole("link", { name: "Board", exact: true }).waitFor();
}

/** Opens the "New …" form of a list, fills it and lands on the new record's page. */
async function createRecord(page, object, fields) {
  await page.goto(`/${object}`);
  await page.getByTestId("new-record-button").click();
  const modal = page.getByTestId("new-record-modal");
  for (const [key, value] of Object.entries(fields)) {
    await modal.getByTestId(`field-${key}`).fill(value);
  }
  await modal.getByTestId("create-record-submit").click();
  await page.waitForURL(new RegExp(`/${object}/[0-9a-f-]{36}$`));
  return page.url().split("/").pop();
}

async function createCompanyPersonAndDeal(page, state) {
  state.companyId = await createRecord(page, "companies", { name: "Globex", domain: "globex.example" });
  await page.getByTestId("record-title").filter({ hasText: "Globex" }).waitFor();

  await page.goto("/people");
  await page.getByTestId("new-record-button").click();
  const modal = page.getByTestId("new-record-modal");
  await modal.getByTestId("field-first_name").fill("Fox");
  await modal.getByTestId("field-last_name").fill("Mulder");
  await modal.getByTestId("field-email").fill("fox.mulder@globex.example");
  await modal.getByTestId("field-company_id").fill("Glob");
  await page.getByRole("option", { name: /Globex/ }).click();
  await modal.getByTestId("create-record-submit").click();
  await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
  state.personId = page.url().split("/").pop();
  await page.getByTestId("record-title").filter({ hasText: "Fox Mulder" }).waitFor();
  await page.getByRole("link", { name: "Globex" }).first().waitFor();

  state.dealId = await createRecord(page, "deals", { name: "Globex pilot", amount: "12000" });
  await page.getByTestId("record-title").filter({ hasText: "Globex pilot" }).waitFor();
}

async function logCallAndNote(page, state) {
  await page.goto(`/people/${state.personId}`);
  await page.getByTestId("composer-tab-call").click();
  await page.getByTestId("composer-body").fill("Discussed the pilot scope and the budget.");
  await page.getByTestId("composer-call-duration").fill("7");
  await page.getByTestId("composer-submit").click();
  const call = page.locator('[data-testid="timeline-item"][data-kind="call"]');
  await call.filter({ hasText: "Discussed the pilot scope" }).waitFor();

  // A note is Markdown; HTML in it shows as text and never runs.
  await page.getByTestId("composer-tab-note").click();
  await page
    .getByTestId("composer-body")
    .fill("**Next step**: send the proposal <img src=x onerror=\"window.__xss = 1\">");
  await page.getByTestId("composer-submit").click();
  const note = page.locator('[data-testid="timeline-item"][data-kind="note"]');
  await note.locator("strong", { hasText: "Next step" }).waitFor();
  await note.filter({ hasText: "<img src=x" }).waitFor();
  check((await page.evaluate(() => window.__xss)) === undefined, "the note's HTML ran as script");
  check((await note.locator("img").count()) === 0, "the note's HTML became an element");

  // Newest first: the note is above the call.
  const kinds = await page.getByTestId("timeline-item").evaluateAll((items) => items.map((i) => i.dataset.kind));
  check(kinds.indexOf("note") < kinds.indexOf("call"), `timeline order is ${kinds.join(", ")}`);
}

async function dragDealToAnotherStage(page, state) {
  await page.goto("/board");
  const card = page.locator(`[data-testid="deal-card"][data-deal-id="${state.dealId}"]`);
  await card.waitFor();
  const target = page.locator('[data-testid="board-column"][data-stage-name="Proposal"]');
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  const saved = page.waitForResponse((r) => r.url().includes(`/api/v1/deals/${state.dealId}`) && r.request().method() === "PATCH");
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
  const reply = await saved;
  check(reply.ok(), `the move was refused: ${reply.status()}`);
  await page.reload();
  await target.locator(`[data-testid="deal-card"][data-deal-id="${state.dealId}"]`).waitFor();
}

/** A colleague moves the deal (here through the API, in the same session); the open board
 * shows it in the new stage without a reload, through the live change stream. */
async function boardFollowsAColleaguesMove(page, state) {
  await page.goto("/board");
  const column = (stage) => page.locator(`[data-testid="board-column"][data-stage-name="${stage}"]`);
  await column("Proposal").locator(`[data-deal-id="${state.dealId}"]`).waitFor();
  const session = await (await page.request.get("/api/v1/session")).json();
  const pipelines = await (await page.request.get("/api/v1/pipelines")).json();
  const stage = pipelines.data[0].stages.find((s) => s.name === "Negotiation");
  const deal = await (await page.request.get(`/api/v1/deals/${state.dealId}`)).json();
  const moved = await page.request.patch(`/api/v1/deals/${state.dealId}`, {
    headers: { "x-csrf-token": session.csrf_token, "if-match": String(deal.version) },
    data: { stage_id: stage.id },
  });
  check(moved.ok(), `the colleague's move was refused: ${moved.status()}`);
  await column("Negotiation").locator(`[data-deal-id="${state.dealId}"]`).waitFor({ timeout: 5_000 });
}

async function findPersonByMisspeltName(page) {
  await page.goto("/my-work");
  await page.getByRole("link", { name: "People" }).waitFor();
  await page.keyboard.press("Control+K");
  await page.getByTestId("search-input").fill("Muldr");
  await page.getByTestId("search-result").filter({ hasText: "Fox Mulder" }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
  await page.getByTestId("record-title").filter({ hasText: "Fox Mulder" }).waitFor();
}

async function importCsvWithOneBadRow(page) {
  const csv = [
    "First name,Last name,Email,Company",
    "Walter,Skinner,walter.skinner@fbi.example,FBI",
    "Bad,Row,not-an-email,FBI",
    "Monica,Reyes,monica.reyes@fbi.example,FBI",
  ].join("\n");
  await page.goto("/import");
  await page.getByTestId("import-file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("import-mapping-row").first().waitFor();
  await page.getByTestId("import-dry-run").click();
  await page.getByTestId("import-error-row").first().waitFor();
  await page.getByTestId("import-run").click();
  await page.getByTestId("import-summary").waitFor();
  const count = async (id) => (await page.getByTestId(id).innerText()).trim();
  check((await count("import-created")) === "2", `created ${await count("import-created")}`);
  check((await count("import-skipped")) === "1", `skipped ${await count("import-skipped")}`);
  await page.getByTestId("import-error-row").filter({ hasText: "3" }).first().waitFor();
}

export const journeys = [
  ["first-run-setup", firstRunSetup],
  ["create-company-person-deal", createCompanyPersonAndDeal],
  ["log-call-and-note", logCallAndNote],
  ["drag-deal-to-stage", dragDealToAnotherStage],
  ["board-follows-a-colleagues-move", boardFollowsAColleaguesMove],
  ["search-misspelt-name", findPersonByMisspeltName],
  ["import-csv-with-bad-row", importCsvWithOneBadRow],
  ["invite-and-accept", inviteAndAccept],
  ["two-factor-sign-in", twoFactorSignIn],
  ["personal-data-export-and-erase", exportAndErasePerson],
  ["switch-to-russian", switchToRussian],
  ["demo-insights-and-webhook", demoInsightsAndWebhook],
];
