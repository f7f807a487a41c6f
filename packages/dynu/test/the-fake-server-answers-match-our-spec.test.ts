import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type FakeDynuServer,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "../src/testing/index.js";

let server: FakeDynuServer;
let validator: SpecValidator;
const checked: string[] = [];

beforeAll(async () => {
  server = await startFakeDynuServer();
  validator = await createSpecValidator("dynu");
});
afterAll(() => server.close());

// Sends one request and validates the answer against the spec operation `template`.
async function call(
  method: string,
  template: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers = options.headers ?? { "API-Key": fakeDynuCredentials.apiKey };
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, ...(options.body ? { "content-type": "application/json" } : {}) },
    body: options.body,
  });
  const body = (await response.json()) as Record<string, unknown>;
  const result = validator.validateResponse({
    method,
    path: template,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body,
  });
  expect(result.problems, `${method} ${path} -> ${response.status}`).toEqual([]);
  checked.push(`${method} ${template} ${response.status}`);
  return { status: response.status, body };
}

it("validates every answer of every implemented route, successes and Dynu errors", async () => {
  const json = JSON.stringify;
  await call("GET", "/dns", "/dns", { headers: {} });
  const created = await call("POST", "/dns", "/dns", {
    body: json({ name: "spec-check.example", ttl: 120 }),
  });
  expect(created.status).toBe(200);
  const id = created.body.id as number;
  await call("POST", "/dns", "/dns", { body: json({ name: "not a name" }) });
  await call("POST", "/dns", "/dns", { body: "{not json" });
  await call("GET", "/dns", "/dns");
  await call("GET", "/dns/{id}", `/dns/${id}`);
  await call("GET", "/dns/{id}", "/dns/999999", { headers: {} });
  await call("GET", "/dns/{id}", "/dns/999999");
  await call("POST", "/dns/{id}", `/dns/${id}`, {
    body: json({ group: "office", ipv4Address: "192.0.2.7" }),
  });
  await call("POST", "/dns/{id}", `/dns/${id}`, { body: json({ ttl: "soon" }) });

  const kinds = [
    { recordType: "A", nodeName: "www", ipv4Address: "192.0.2.10" },
    { recordType: "AAAA", nodeName: "www", ipv6Address: "2001:db8::10" },
    { recordType: "CNAME", nodeName: "docs", host: "www.spec-check.example" },
    { recordType: "MX", nodeName: "", host: "mail.spec-check.example", priority: 10 },
    { recordType: "TXT", nodeName: "", textData: "v=spf1 -all" },
  ];
  const recordIds: number[] = [];
  for (const kind of kinds) {
    const record = await call("POST", "/dns/{id}/record", `/dns/${id}/record`, {
      body: json(kind),
    });
    expect(record.status).toBe(200);
    recordIds.push(record.body.id as number);
  }
  await call("POST", "/dns/{id}/record", `/dns/${id}/record`, {
    body: json({ recordType: "BOGUS" }),
  });
  await call("GET", "/dns/{id}/record", `/dns/${id}/record`);
  const first = recordIds[0]!;
  await call("GET", "/dns/{id}/record/{dnsRecordId}", `/dns/${id}/record/${first}`);
  await call("POST", "/dns/{id}/record/{dnsRecordId}", `/dns/${id}/record/${first}`, {
    body: json({ recordType: "A", ipv4Address: "192.0.2.11", ttl: 600 }),
  });
  await call("DELETE", "/dns/{id}/record/{dnsRecordId}", `/dns/${id}/record/${first}`);
  await call("GET", "/dns/{id}/record/{dnsRecordId}", `/dns/${id}/record/${first}`);
  await call("DELETE", "/dns/{id}", `/dns/${id}`, { headers: {} });
  await call("DELETE", "/dns/{id}", `/dns/${id}`);
  await call("DELETE", "/dns/{id}", `/dns/${id}`);
  await call("GET", "/dns/{id}/record", `/dns/${id}/record`);

  // Every implemented API route was driven, with at least one success each.
  const routes = new Set(
    checked.filter((c) => c.endsWith(" 200")).map((c) => c.replace(/ 200$/, "")),
  );
  expect([...routes].sort()).toEqual(
    [
      "GET /dns",
      "POST /dns",
      "GET /dns/{id}",
      "POST /dns/{id}",
      "DELETE /dns/{id}",
      "GET /dns/{id}/record",
      "POST /dns/{id}/record",
      "GET /dns/{id}/record/{dnsRecordId}",
      "POST /dns/{id}/record/{dnsRecordId}",
      "DELETE /dns/{id}/record/{dnsRecordId}",
    ].sort(),
  );
});
