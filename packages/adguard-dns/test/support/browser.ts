// Plays the user's browser: opens an authorize URL and returns where the server redirects to.

/** Follows one authorize request without redirecting; returns the `Location` it answered with. */
export async function visit(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  const location = response.headers.get("location");
  if (response.status !== 302 || !location) {
    throw new Error(`authorize answered ${response.status} without a redirect`);
  }
  return location;
}
