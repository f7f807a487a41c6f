// Test helpers shared by every provider package: a fake clock and real loopback HTTP servers.
export { createFakeClock, type FakeClock } from "./fake-clock.js";
export * from "./kit/index.js";
export {
  readRequestBody,
  sendJson,
  startTestServer,
  type TestHandler,
  type TestServer,
} from "./test-server.js";
