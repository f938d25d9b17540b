// The rules a new password must meet, shared by resetting and changing it. The server checks
// them too; saying so before sending saves a round trip and a lost form.

/** The server's rule for new passwords. */
export const MIN_PASSWORD_LENGTH = 10;


/** Which rule the new password breaks, as a key under `auth:`; null when it is fine. */
export function newPasswordProblem(password: string): string | null {
  if (!password) return "required";
  return password.length >= MIN_PASSWORD_LENGTH ? null : "shortPassword";
}

/** Whether the repeated password is the same, as a key under `auth:`. */
export function confirmProblem(password: string, confirm: string): string | null {
  if (!confirm) return "required";
  return confirm === password ? null : "passwordsDiffer";
}
