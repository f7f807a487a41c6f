// Child process: a node:http server on 127.0.0.1:0 answering the benchmark's two routes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { jsonHeaders, listBody, listPath, tokenBody, tokenPath } from "../stub/dynu-answers.js";

const apiRoot = "/v2";
let tokens = 0;

const server = createServer((request, response) => {
  const path = (request.url ?? "").split("?")[0];
  // Drain any body so keep-alive connections stay reusable.
  request.resume();
  if (request.method === "GET" && path === `${apiRoot}${listPath}`) {
    response.writeHead(200, jsonHeaders).end(listBody);
  } else if (request.method === "GET" && path === `${apiRoot}${tokenPath}`) {
    response.writeHead(200, jsonHeaders).end(tokenBody(++tokens));
  } else {
    response.writeHead(404, jsonHeaders).end('{"statusCode":404}');
  }
});

server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ baseUrl: `http://127.0.0.1:${port}${apiRoot}` });
});

// The parent going away (or closing the channel) ends the server.
process.on("disconnect", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
