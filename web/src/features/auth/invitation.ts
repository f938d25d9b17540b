// What an invitation link offers, and what accepting it sends: a person with an account
// proves it with their password; a new one chooses a name and a password.
import { newPasswordProblem } from "./passwords";
import type { Role } from "../../api/types";

export interface InvitationLookup {
  workspace: { id: string; name: string };
  email: string;
  role: Role;
  expires_at: string;
  /** Whether the email has an account already (then only its password is asked). */
  existing_account: boolean;
}

export interface AcceptValues {
  name: string;
  password: string;
  confirm: string;
}

export interface AcceptBody {
  token: string;
  name?: string;
  password: string;
}



export function acceptBody(token: string, existingAccount: boolean, values: AcceptValues): AcceptBody {
  if (existingAccount) return { token, password: values.password };
  return { token, name: values.name.trim(), password: values.password };
}

/** Which rule a value breaks, as a key under `auth:`; null when it is fine. */
export function acceptProblem(field: keyof AcceptValues, values: AcceptValues, existingAccount: boolean): string | null {
  switch (field) {
    case "name":
      return existingAccount || values.name.trim() ? null : "required";
    case "password":
            if (existingAccount) return values.password ? null : "required";
      return newPasswordProblem(values.password);
    case "confirm":
      return existingAccount || values.confirm === values.password ? null : "invite.passwordsDiffer";
  }
}
