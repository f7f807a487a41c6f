// What specs/<name>/source.json declares about a package holds: its exports, default base URL and static credentials' wire format.
import { type ProviderEntry, parseStaticWire, registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";

type Exports = Record<string, unknown>;
type Client = { op: Record<string, () => Promise<{ response: Response }>> };
type CreateClient = (options: { auth: unknown; fetch: typeof fetch; retry: false }) => Client;

// Answers every request with an empty 200 and keeps it for the assertions.
function recordingFetch(seen: Request[]): typeof fetch {
  return async (input, init) => {
    seen.push(new Request(input, init));
    return Response.json({});
  };
}

describe.each(registry)("$package", (entry: ProviderEntry) => {
  it("exports the client factory, the auth object with every declared builder, and the fake server", async () => {
    const main = (await import(entry.package)) as Exports;
    const testing = (await import(`${entry.package}/testing`)) as Exports;
    expect(main[entry.exports.client]).toBeTypeOf("function");
    const auth = main[entry.exports.auth] as Exports;
    for (const credential of entry.credentials)
      expect(auth[credential.builder], credential.builder).toBeTypeOf("function");
    expect(testing[entry.exports.fakeServer]).toBeTypeOf("function");
  });

  const statics = entry.credentials.filter((credential) => credential.kind === "static");
  it.each(statics.map((c) => [c.builder, c.wire, parseStaticWire(c)] as const))(
    "%s sends `%s` on the probe call, to the default base URL",
    async (builder, _wire, at) => {
      const main = (await import(entry.package)) as Exports;
      const auth = main[entry.exports.auth] as Record<string, (secret: string) => unknown>;
      const seen: Request[] = [];
      const client = (main[entry.exports.client] as CreateClient)({
        auth: auth[builder]?.("s3cret-value"),
        fetch: recordingFetch(seen),
        retry: false,
      });
      await client.op[entry.probe]?.();
      expect(seen).toHaveLength(1);
      expect(seen[0]?.url.startsWith(`${entry.defaultBaseUrl}/`), seen[0]?.url).toBe(true);
      // A header key is the header's value after its prefix; a query key is its parameter's one value.
      if (at.in === "query")
        expect(new URL(seen[0]!.url).searchParams.getAll(at.param)).toEqual(["s3cret-value"]);
      else expect(seen[0]?.headers.get(at.header)).toBe(`${at.prefix}s3cret-value`);
    },
  );
});
