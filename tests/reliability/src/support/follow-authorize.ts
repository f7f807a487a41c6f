// Plays the user's browser at an authorize page: requests the URL and returns where it redirects.

/** GETs `url` without following redirects; returns the Location of the 302 (throws otherwise). */
export async function followAuthorize(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  await response.body?.cancel();
  const location = response.headers.get("location");
  if (response.status !== 302 || !location) {
    throw new Error(`authorize page answered HTTP ${response.status} without a redirect`);
  }
  return location;
}

/** The same redirect with its `state` (query or fragment) removed or replaced. */
export function withState(redirect: string, state: string | undefined): string {
  const url = new URL(redirect);
  const inFragment = url.hash.length > 1;
  const params = new URLSearchParams(inFragment ? url.hash.slice(1) : url.search);
  if (state === undefined) params.delete("state");
  else params.set("state", state);
  if (inFragment) url.hash = params.toString();
  else url.search = params.toString();
  return url.toString();
}
