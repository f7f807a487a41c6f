// Chromium hands a 204 an empty body stream (Node hands null); the body guard must not rebuild it into a Response, which throws.
import { expect, it } from "vitest";
import { guardBody } from "../src/client/guarded-body.js";

// A 204 as Chromium's fetch returns it: the status says no body, yet `body` is an empty stream.
function chromiumNoContent(status: number): Response {
  const response = new Response(null, { status });
  Object.defineProperty(response, "body", {
    value: new ReadableStream({ start: (c) => c.close() }),
  });
  return response;
}

it.each([204, 205, 304])(
  "a %i with an empty body stream is returned as it is and reads as empty",
  async (status) => {
    const where = { method: "POST", url: "https://api.example.test/auth/v1/logout" };
    const response = chromiumNoContent(status);
    const guarded = await guardBody(response, where, { maxBytes: 1024, timeoutMs: 0 });
    expect(guarded.status).toBe(status);
    expect(await guarded.text()).toBe("");
  },
);
