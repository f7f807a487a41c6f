// Strips what could be a secret from a URL before it goes into an error or a log line.

// Query parameter names whose values are treated as secrets.
const SECRET_PARAM =
  /token|secret|password|passwd|pwd|key|code|auth|sig|credential|session|assertion/i;

/** Returns the URL with userinfo removed and secret-looking query values replaced by `***`. */
export function redactUrl(url: string | URL | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    // Not absolute: drop the query entirely rather than guess.
    return String(url).split(/[?#]/, 1)[0];
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString();
}
