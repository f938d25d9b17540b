// The invitation journey: the signed-in owner invites a member through Settings → Members,
// copies the one-time link, and the invited person opens it in a browser of their own,
// chooses a name and a password, and lands on My work, signed in.
import { check, newPage } from "./harness.mjs";

const INVITEE = { name: "Walter Skinner", email: "skinner@northwind.test", password: "i-want-to-believe-1" };

/** Invites through the UI and answers with the link shown once. */
async function inviteMember(page, email) {
  await page.goto("/settings/members");
  await page.getByTestId("member-row").first().waitFor();
  await page.getByTestId("invite-open").click();
  await page.getByTestId("invite-email").fill(email);
  await page.getByTestId("invite-role").click();
  await page.getByRole("option", { name: "Member", exact: true }).click();
  await page.getByTestId("invite-submit").click();
  const field = page.getByTestId("invite-link");
  await field.waitFor();
  const link = await field.inputValue();
  check(/\/invite\/[\w-]{20,}$/.test(link), `the invitation link looks wrong: ${link}`);
  await page.getByTestId("invite-done").click();
  await page.getByTestId("invitation-row").filter({ hasText: email }).waitFor();
  return link;
}

/** Opens the link in a fresh browser context (no session), accepts, and checks where it lands. */
async function acceptInFreshBrowser(page, relata, link) {
  const context = await page.context().browser().newContext({ baseURL: relata.base, locale: "en-US" });
  context.setDefaultTimeout(10_000);
  try {
    const guest = await newPage(context);
    await guest.goto(link);
    await guest.getByTestId("invite-details").filter({ hasText: INVITEE.email }).waitFor();
    await guest.getByTestId("accept-name").fill(INVITEE.name);
    await guest.getByTestId("accept-password").fill(INVITEE.password);
    await guest.getByTestId("accept-password-confirm").fill(INVITEE.password);
    await guest.getByTestId("accept-submit").click();
    await guest.waitForURL(/\/my-work$/);
    await guest.getByRole("link", { name: "People" }).waitFor();
    // A member sees the members read-only.
    await guest.goto("/settings/members");
    await guest.getByTestId("member-row").filter({ hasText: INVITEE.email }).getByTestId("member-you").waitFor();
    check((await guest.getByTestId("invite-open").count()) === 0, "a member was offered to invite people");
    check(guest.consoleErrors.length === 0, `console errors for the invited person:\n  ${guest.consoleErrors.join("\n  ")}`);
    // The link worked once (its look-up now answers 404, which the browser logs as an error).
    await guest.goto(link);
    await guest.getByTestId("invite-dead-link").waitFor();
  } finally {
    await context.close();
  }
}

export async function inviteAndAccept(page, state, relata) {
  const link = await inviteMember(page, INVITEE.email);
  await acceptInFreshBrowser(page, relata, link);
  // The owner now sees the member, and the invitation is no longer pending.
  await page.reload();
  await page.getByTestId("member-row").filter({ hasText: INVITEE.email }).waitFor();
  await page.getByTestId("invitations-empty").or(page.getByTestId("invitation-row").first()).waitFor();
  const pending = await page.getByTestId("invitation-row").filter({ hasText: INVITEE.email }).count();
  check(pending === 0, "the accepted invitation is still listed as pending");
  state.invitee = INVITEE;
}
