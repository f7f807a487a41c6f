// `login` for DNSimple: the OAuth code flow with the redirect taken on 127.0.0.1, as DNSimple allows for apps.
import { StateMismatchError, type TokenSet } from "@provider-clients/auth";
import {
  CliFailure,
  type CommandContext,
  type LoginOutcome,
  listenForRedirect,
  openBrowser,
} from "@provider-clients/auth/cli";
import { DnsimpleOAuthError } from "../errors/dnsimple-oauth-error.js";
import { dnsimpleOAuthApp } from "../oauth-app.js";

/** The redirect URI `login` listens on unless `--redirect-uri` names another. */
export const defaultRedirectUri = "http://127.0.0.1:8976/callback";

/** Asks DNSimple for an authorization code through the browser and stores the token it trades for. */
export async function login(context: CommandContext): Promise<LoginOutcome> {
  const { flags, env, terminal } = context;
  const clientId =
    text(flags["client-id"]) ?? env.DNSIMPLE_CLIENT_ID ?? (await terminal.ask("OAuth client id: "));
  const clientSecret =
    env.DNSIMPLE_CLIENT_SECRET || (await terminal.askSecret("OAuth client secret: "));
  if (clientId === "" || clientSecret === "")
    throw new CliFailure("the client id and secret are required");
  const seconds = Number(text(flags.timeout) ?? 300);
  if (!(seconds > 0)) throw new CliFailure("--timeout takes a number of seconds above 0");
  const listener = await listenForRedirect(
    text(flags["redirect-uri"]) ?? (env.DNSIMPLE_REDIRECT_URI || defaultRedirectUri),
  );
  try {
    const app = dnsimpleOAuthApp({
      clientId,
      clientSecret,
      redirectUri: listener.redirectUri,
      sandbox: flags.sandbox === true,
      baseUrl: context.baseUrl,
      authorizeEndpoint: authorizeEndpoint(context),
    });
    const { url, state } = app.authorizeUrl({ accountId: text(flags["account-id"]) });
    terminal.say("Open this page to let the application use your DNSimple account:");
    terminal.say(`  ${url}`);
    if (flags["no-browser"] !== true && openBrowser(url, env))
      terminal.say("(opened in your browser)");
    terminal.say(`Waiting for DNSimple to redirect to ${listener.redirectUri} ...`);
    const redirect = await listener.next(AbortSignal.timeout(seconds * 1000)).catch(() => {
      throw new CliFailure(`no redirect came back within ${seconds} s`);
    });
    const refused = redirect.params.get("error");
    if (refused !== null) {
      redirect.reply({ ok: false, message: "Login refused. You can close this page." });
      throw new CliFailure(`DNSimple did not authorize the application (${safe(refused)})`);
    }
    try {
      const token = await app.exchangeCode({
        code: redirect.params.get("code") ?? "",
        state: redirect.params.get("state") ?? "",
        expectedState: state,
      });
      redirect.reply({ ok: true, message: "Logged in. You can close this page." });
      const account = String(token.accountId);
      await context.store.set({ provider: "dnsimple", account }, storedToken(token));
      return { account, summary: `Logged in to DNSimple account ${account}.` };
    } catch (error) {
      redirect.reply({ ok: false, message: "Login failed. You can close this page." });
      if (error instanceof StateMismatchError) {
        throw new CliFailure(
          "the redirect's state does not match this login (a stale or forged redirect); nothing was stored",
        );
      }
      if (error instanceof DnsimpleOAuthError) {
        throw new CliFailure(`DNSimple refused the code (${error.reason})`);
      }
      throw error;
    }
  } finally {
    await listener.close();
  }
}

// What a script reads back: DNSimple tokens never expire and have no refresh token.
function storedToken(token: {
  accessToken: string;
  tokenType: string;
  scope: string | undefined;
  accountId: number;
}): TokenSet {
  return {
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    issuedAt: Date.now(),
    scope: token.scope,
    extra: { account_id: token.accountId },
  };
}

// --authorize-url, $DNSIMPLE_AUTHORIZE_ENDPOINT, then /oauth/authorize on a custom API's host.
function authorizeEndpoint({ flags, env, baseUrl }: CommandContext): string | undefined {
  const given = text(flags["authorize-url"]) ?? (env.DNSIMPLE_AUTHORIZE_ENDPOINT || undefined);
  if (given !== undefined || baseUrl === undefined) return given;
  return new URL("/oauth/authorize", baseUrl).toString();
}

const text = (value: string | boolean | undefined) =>
  typeof value === "string" ? value : undefined;
// The redirect's `error` is shown, but only as an OAuth error code could look.
const safe = (value: string) => value.replace(/[^\w.-]/g, "").slice(0, 64);
