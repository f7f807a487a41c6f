// Writes a KitReply to the socket: JSON or text, with Content-Length and a Date from the fake's clock.
import type { ServerResponse } from "node:http";
import type { KitReply } from "./request-types.js";

/** Sends `reply`; `now` stamps the Date header. */
export function writeReply(response: ServerResponse, reply: KitReply, now: number): void {
  const json = reply.body !== undefined;
  const text = json ? JSON.stringify(reply.body) : (reply.text ?? "");
  const type =
    reply.contentType ??
    (json
      ? "application/json; charset=utf-8"
      : text === ""
        ? undefined
        : "text/plain; charset=utf-8");
  response.writeHead(reply.status, {
    ...(type === undefined ? {} : { "content-type": type }),
    "content-length": String(Buffer.byteLength(text)),
    date: new Date(now).toUTCString(),
    ...reply.headers,
  });
  response.end(text);
}
