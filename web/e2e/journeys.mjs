// The journeys a new user takes, each a function of the page and the state earlier
// journeys left (ids, names). They run in this order on one fresh database.
import { check } from "./harness.mjs";

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

export const journeys = [
  ["first-run-setup", firstRunSetup],
  ["switch-to-russian", switchToRussian],
];
