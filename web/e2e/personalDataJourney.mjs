// The personal data journey: an admin exports everything held about a person (a JSON file
// that holds their email), then erases them after typing their name, lands on the people
// list with a note of what was removed, and the API no longer knows the person.
import { readFile } from "node:fs/promises";
import { check } from "./harness.mjs";

const PERSON = { first_name: "Erase", last_name: "Me", email: "erase.me@northwind.test" };

/** Writes through the API with the page's session: its cookie, and its CSRF token. */
async function apiPost(page, path, data) {
  const session = await (await page.request.get("/api/v1/session")).json();
  check(session.signed_in, "the page has no session to create records with");
  const reply = await page.request.post(path, { data, headers: { "X-CSRF-Token": session.csrf_token } });
  check(reply.status() === 201, `POST ${path} answered ${reply.status()}: ${await reply.text()}`);
  return reply.json();
}

async function createPersonWithNote(page) {
  const person = await apiPost(page, "/api/v1/people", PERSON);
  await apiPost(page, "/api/v1/activities", { kind: "note", body: "Asked us to erase their data.", person_id: person.id });
  return person.id;
}

async function exportPersonalData(page, id) {
  await page.getByTestId("personal-data-menu").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("personal-data-export").click()]);
  check(download.suggestedFilename() === `person-${id}.json`, `the export is named ${download.suggestedFilename()}`);
  const data = JSON.parse(await readFile(await download.path(), "utf8"));
  check(data.person?.email === PERSON.email, `the export does not hold the person's email: ${JSON.stringify(data).slice(0, 300)}`);
  check(data.activities?.length === 1, `the export holds ${data.activities?.length} activities, not the one note`);
}

async function erasePersonalData(page) {
  await page.getByTestId("personal-data-menu").click();
  await page.getByTestId("personal-data-erase").click();
  const submit = page.getByTestId("erase-submit");
  await submit.waitFor();
  check(await submit.isDisabled(), "erasing was possible before the name was typed");
  await page.getByTestId("erase-confirm-input").fill("erase");
  check(await submit.isDisabled(), "erasing was possible with part of the name typed");
  await page.getByTestId("erase-confirm-input").fill("ERASE  me");
  await submit.click();
  await page.waitForURL(/\/people$/);
  await page.getByTestId("erase-summary").filter({ hasText: "Removed 1 activity" }).waitFor();
  await page.getByTestId("new-record-button").waitFor();
  await submit.waitFor({ state: "detached" });
}

export async function exportAndErasePerson(page, state, relata) {
  const id = await createPersonWithNote(page);
  await page.goto(`/people/${id}`);
  await page.getByTestId("record-title").filter({ hasText: "Erase Me" }).waitFor();
  await exportPersonalData(page, id);
  await erasePersonalData(page);
  const gone = await page.request.get(`${relata.base}/api/v1/people/${id}`);
  check(gone.status() === 404, `the erased person still answers ${gone.status()}`);
  const hits = await (await page.request.get(`${relata.base}/api/v1/search?q=${encodeURIComponent(PERSON.email)}`)).json();
  check(!hits.data.some((hit) => hit.id === id), "search still finds the erased person");
  state.erasedPersonId = id;
}
