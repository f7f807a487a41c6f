// `login` for AdGuard DNS: the password grant, asking for the two-factor code when the account has one.
import type { ManagedAuth } from "@provider-clients/auth";
import {
  CliFailure,
  type CommandContext,
  type LoginOutcome,
  loginWithSession,
} from "@provider-clients/auth/cli";
import { MfaRequiredError } from "../auth/mfa-required-error.js";
import { password as passwordAuth } from "../auth/password.js";
import { adguardDnsDefaultBaseUrl } from "../provider.js";

/** How many two-factor codes a login asks for before it gives up. */
export const mfaAttempts = 3;

/** Asks for the e-mail (visible), password and code (not echoed), then stores the tokens. */
export async function login(context: CommandContext): Promise<LoginOutcome> {
  const { terminal, flags } = context;
  const username =
    (typeof flags.username === "string" ? flags.username : undefined) ??
    (await terminal.ask("AdGuard DNS account e-mail: "));
  if (username === "") throw new CliFailure("the account e-mail is required");
  // Asked once and kept: a login with a code needs the password again.
  const password = await terminal.askSecret("Password: ");
  const target = { baseUrl: context.baseUrl ?? adguardDnsDefaultBaseUrl, store: context.store };
  const attempt = (auth: ManagedAuth) => loginWithSession(auth, target);
  const outcome = { account: username, summary: `Logged in to AdGuard DNS as ${username}.` };
  try {
    await attempt(passwordAuth({ username, password }));
    return outcome;
  } catch (error) {
    if (!(error instanceof MfaRequiredError)) throw error;
  }
  for (let left = mfaAttempts; left > 0; left--) {
    const mfaToken = await terminal.askSecret("Two-factor code: ");
    try {
      await attempt(passwordAuth({ username, password, mfaToken }));
      return outcome;
    } catch (error) {
      if (!(error instanceof MfaRequiredError)) throw error;
      terminal.warn(`AdGuard DNS did not accept that code${left > 1 ? "; try again." : "."}`);
    }
  }
  throw new CliFailure(`${mfaAttempts} two-factor codes were refused; nothing was stored`);
}
