// The accounts a token file holds for one provider: names only, so `logout` can pick the one there is.
import { ProviderClientError } from "../errors/provider-client-error.js";
import { readOwnedFile } from "../stores/read-owned-file.js";

/** Account keys stored for `provider` in the file store at `path` (empty when the file is absent). */
export async function storedAccounts(path: string, provider: string): Promise<string[]> {
  const text = await readOwnedFile(path);
  if (text === undefined) return [];
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new ProviderClientError(`token store ${path} is not valid JSON; left untouched`, {
      code: "token_store_corrupt",
    });
  }
  const accounts = (content as Record<string, unknown> | null)?.[provider];
  return accounts && typeof accounts === "object" ? Object.keys(accounts) : [];
}
