// Resolves a token endpoint given as an absolute URL or as a path under the API base URL.

/** `https://x/v2` + `/oauth2/token` -> `https://x/v2/oauth2/token`; absolute URLs pass through. */
export function joinUrl(baseUrl: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return `${baseUrl.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
}
