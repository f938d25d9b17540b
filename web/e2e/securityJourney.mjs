// The two-step sign-in journey: the signed-in owner sets up two-step sign-in on the Security
// tab, with codes computed here from the key the page shows (as an authenticator app would);
// then signs in in a browser of their own with the password and the next code, and lands on
// My work; then turns it off again so later journeys sign in with the password alone.
import { createHmac } from "node:crypto";
import { check, newPage } from "./harness.mjs";

// The e2e owner, for when no earlier journey left one in the state.
const OWNER = { email: "dana@northwind.test", password: "trust-no-one-1" };

const STEP_SECONDS = 30;
const DIGITS = 6;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Base32 (RFC 4648) without padding, as `otpauth://` secrets are written. */
function base32Decode(text) {
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text.replace(/[\s=]/g, "").toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The 30-second step a moment falls in. */
function stepAt(milliseconds = Date.now()) {
  return Math.floor(milliseconds / 1000 / STEP_SECONDS);
}

/** RFC 6238 (HMAC-SHA1, six digits): the code an authenticator app shows during `step`. */
export function totp(secretBase32, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac("sha1", base32Decode(secretBase32)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** DIGITS).padStart(DIGITS, "0");
}

/** Sets it up on the Security tab; answers the key and the step whose code turned it on. */
async function setUpTwoFactor(page) {
  await page.goto("/settings/security");
  await page.getByTestId("totp-status").filter({ hasText: "Off" }).waitFor();
  await page.getByTestId("totp-setup").click();
  const shown = await page.getByTestId("totp-secret").textContent();
  const secret = shown.replace(/\s/g, "");
  check(/^[A-Z2-7]{32}$/.test(secret), `the setup key looks wrong: ${shown}`);
  const link = await page.getByTestId("totp-link").inputValue();
  check(link.startsWith("otpauth://totp/") && link.includes(`secret=${secret}`), `the setup link looks wrong: ${link}`);
  const step = stepAt();
  await page.getByTestId("totp-enable-code").fill(totp(secret, step));
  await page.getByTestId("totp-enable-submit").click();
  const codes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
  check(codes.length === 10, `expected 10 recovery codes, saw ${codes.length}`);
  check(codes.every((code) => /^[a-z0-9]{4}-[a-z0-9]{4}$/.test(code.trim())), `odd recovery codes: ${codes.join(", ")}`);
  await page.getByTestId("recovery-codes-done").click();
  await page.getByTestId("totp-status").filter({ hasText: "On" }).waitFor();
  return { secret, step };
}

/** Signs in in a fresh browser context with the password and then a code no one used yet. */
async function signInWithCode(page, relata, owner, { secret, step }) {
  const context = await page.context().browser().newContext({ baseURL: relata.base, locale: "en-US" });
  context.setDefaultTimeout(10_000);
  try {
    const guest = await newPage(context);
    await guest.goto("/sign-in");
    await guest.getByTestId("sign-in-email").fill(owner.email);
    await guest.getByTestId("sign-in-password").fill(owner.password);
    await guest.getByTestId("sign-in-submit").click();
    const field = guest.getByTestId("totp-code");
    await field.waitFor();
    check((await field.getAttribute("autocomplete")) === "one-time-code", "the code field does not ask for a one-time code");
    // Each step's code works once, and enabling used `step`'s; the server accepts one step
    // ahead of its clock, so the next step's code is good even within the same 30 seconds.
    await field.fill(totp(secret, Math.max(step + 1, stepAt())));
    await guest.getByTestId("totp-submit").click();
    await guest.waitForURL(/\/my-work$/);
    await guest.getByRole("link", { name: "People" }).waitFor();
    check(guest.consoleErrors.length === 0, `console errors when signing in with a code:\n  ${guest.consoleErrors.join("\n  ")}`);
  } finally {
    await context.close();
  }
}

async function turnTwoFactorOff(page, owner) {
  await page.goto("/settings/security");
  await page.getByTestId("totp-status").filter({ hasText: "On" }).waitFor();
  await page.getByTestId("totp-disable").click();
  await page.getByTestId("totp-disable-password").fill(owner.password);
  await page.getByTestId("totp-disable-submit").click();
  await page.getByTestId("totp-status").filter({ hasText: "Off" }).waitFor();
}

export async function twoFactorSignIn(page, state, relata) {
  const owner = state.owner ?? OWNER;
  const setup = await setUpTwoFactor(page);
  await signInWithCode(page, relata, owner, setup);
  // The log has it: turned on, and a sign-in with the app's code.
  await page.goto("/settings/audit?action=two_factor_enabled");
  await page.getByTestId("audit-row").first().waitFor();
  await turnTwoFactorOff(page, owner);
}
