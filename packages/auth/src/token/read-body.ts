// Reads a response body as JSON when it is JSON, otherwise as text, never throwing.

/** Parsed JSON, the raw text when it is not JSON, or undefined for an empty body. */
export async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
