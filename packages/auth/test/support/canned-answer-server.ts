// A real HTTP server on 127.0.0.1 that answers every request with one canned status, type and body.
import { createServer, type Server } from "node:http";

/** What the server sends back. */
export interface CannedAnswer {
  status: number;
  contentType?: string;
  body?: string;
}

/** Starts the server; `answer` may be changed between requests. */
export async function startCannedAnswerServer(
  first: CannedAnswer,
): Promise<{ url: string; answer: CannedAnswer; close(): Promise<void> }> {
  const state = { answer: first };
  const server: Server = createServer((_request, response) => {
    const { status, contentType, body } = state.answer;
    response.writeHead(status, contentType ? { "content-type": contentType } : {});
    response.end(body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1`,
    get answer() {
      return state.answer;
    },
    set answer(next: CannedAnswer) {
      state.answer = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
