import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { renderProvider } from "../src/generate/render-provider.js";

// A listening server that must see nothing, and a planted file that must not be read.
const seen: string[] = [];
const server = createServer((req, res) => {
  seen.push(req.url ?? "");
  res.writeHead(200, { "content-type": "application/json" }).end('{"leaked": true}');
});
let base: string;
let root: string;
let planted: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = await mkdtemp(path.join(tmpdir(), "poisoned-spec-"));
  planted = path.join(root, "planted-secret.json");
  await writeFile(planted, '{"secret": "do not read"}');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

const poisoned = () => `openapi: 3.1.0
info: { title: Poisoned, version: "1" }
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
              examples:
                remote: { externalValue: "${base}/example.json" }
                local: { externalValue: "${planted}" }
components:
  schemas:
    Pet:
      oneOf: [{ $ref: "#/components/schemas/Cat" }]
      discriminator:
        propertyName: kind
        mapping: { cat: "${base}/mapped.json" }
    Cat: { type: object, properties: { kind: { type: string } } }
x-vendor-notes:
  anything: { externalValue: "${base}/under-an-unknown-key.json" }
`;

it("refuses externalValue anywhere and outside mappings, before the bundler can follow them", async () => {
  await mkdir(path.join(root, "specs", "evil"), { recursive: true });
  await writeFile(path.join(root, "specs", "evil", "openapi.yaml"), poisoned());
  // relatime updates atime on the next read when it is older than mtime: an old atime shows a read.
  await utimes(planted, new Date(0), new Date());
  const error = await renderProvider("evil", root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(
    /openapi\.yaml#\/paths\/~1pets\/get\/responses\/200\/content\/application~1json\/examples\/remote\/externalValue: externalValue .* would be fetched/,
  );
  expect(seen).toEqual([]);
  expect((await stat(planted)).atimeMs).toBe(0);
});

it("lists every such reference, under unknown keys and in mappings too", async () => {
  const { findUnresolvedRefs } = await import("../src/openapi/resolve-refs.js");
  const { parseDocumentText } = await import("../src/openapi/load.js");
  const problems = findUnresolvedRefs(parseDocumentText(poisoned(), "evil.yaml"), "evil.yaml");
  expect(problems.map((p) => p.pointer)).toEqual([
    "/paths/~1pets/get/responses/200/content/application~1json/examples/remote/externalValue",
    "/paths/~1pets/get/responses/200/content/application~1json/examples/local/externalValue",
    "/components/schemas/Pet/discriminator/mapping/cat",
    "/x-vendor-notes/anything/externalValue",
  ]);
});
