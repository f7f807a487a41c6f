// The tour of a provider without `packages/<name>/suites/demo.ts`, built from its registry entry alone:
// its fake server, the probe called with each static credential's fake secret, and the refusals.
import { ApiError } from "@provider-clients/auth";
import { createFakeClock, type FakeServer } from "@provider-clients/auth/testing";
import type { ProviderEntry } from "@provider-clients/scripts/providers";
import type { ProviderTour, TourLog } from "@provider-clients/scripts/suites/demo";
import {
  type DefaultTourKit,
  loadDefaultTourKit,
  type ProbeOperation,
  type StaticSecret,
} from "./default-tour-kit.js";

/** The registry-driven tour of `entry`; when it cannot run, one failed step names the file to write. */
export function defaultTour(entry: ProviderEntry): ProviderTour {
  return async (log) => {
    let kit: DefaultTourKit | undefined;
    await log.step(`load the default tour (no packages/${entry.name}/suites/demo.ts)`, async () => {
      kit = await loadDefaultTourKit(entry);
      const builders = kit.secrets.map((s) => `${entry.exports.auth}.${s.builder}`).join(", ");
      const skipped = kit.skipped
        .map((builder) => `, ${builder} skipped (no fake secret)`)
        .join("");
      return `${entry.probe} with ${builders}${skipped}, as specs/${entry.name}/source.json declares`;
    });
    if (kit) await tourWith(log, entry, kit);
  };
}

// Starts the fake, runs the probe's calls, and stops the fake even when a step fails.
async function tourWith(log: TourLog, entry: ProviderEntry, kit: DefaultTourKit) {
  const clock = createFakeClock();
  let fake: FakeServer | undefined;
  await log.step(`start the fake ${entry.title} (${entry.exports.fakeServer})`, async () => {
    fake = await kit.startFake({ clock });
    return `${fake.url}, ${fake.clock === clock ? "on a fake clock" : "on real time"}`;
  });
  if (!fake) return;
  const running = fake;
  try {
    for (const secret of kit.secrets) {
      const connect = (value: string) => kit.connect(running, clock, secret.builder, value);
      await probeWith(log, entry, running, connect, secret);
      await wrongSecret(log, entry, connect, secret);
    }
    await noCredential(log, entry, running, kit.probe);
  } finally {
    await log.step(`stop the fake ${entry.title}`, async () => {
      await running.close();
      const refused = running.count({ route: "api", status: 401 });
      return `served ${running.count({ route: "api" })} API requests, ${refused} refused with 401`;
    });
  }
}

type Connect = (secret: string) => ReturnType<DefaultTourKit["connect"]>;

// The probe with the fake's secret: a 2xx answer, and the fake saw a credential it accepts.
async function probeWith(
  log: TourLog,
  entry: ProviderEntry,
  fake: FakeServer,
  connect: Connect,
  { builder, wire, secret }: StaticSecret,
) {
  await log.step(`${builder}: authenticate and call ${entry.probe} (${wire})`, async () => {
    const { data, response } = await connect(secret).op[entry.probe]!();
    const judged = fake.requests({ route: "api" }).at(-1)?.credential;
    if (judged === "none" || judged === "invalid")
      throw new Error(`the fake judged the credential ${judged}`);
    return `answered ${response.status} with ${summarize(data)}; the fake accepted the credential (${judged})`;
  });
}

// A wrong secret for the same builder: the typed 401, with the secret nowhere in the error.
async function wrongSecret(
  log: TourLog,
  entry: ProviderEntry,
  connect: Connect,
  { builder, secret }: StaticSecret,
) {
  await log.step(`${builder}: a wrong secret is refused with ApiError 401`, async () => {
    const wrong = `not-${secret}`;
    const error = await connect(wrong).op[entry.probe]!().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
    if (error.status !== 401) throw new Error(`expected status 401, got ${error.status}`);
    const seen = `${String(error)} ${error.stack} ${JSON.stringify(error)}`;
    if (seen.includes(wrong)) throw new Error("the refused secret appears in the error");
    return `${error.name} ${error.status}: ${error.message}`;
  });
}

// The client cannot be built without a credential, so the anonymous call is a plain fetch of the
// probe: the fake, like the API, must refuse it unless the spec declares the probe open.
async function noCredential(
  log: TourLog,
  entry: ProviderEntry,
  fake: FakeServer,
  probe: ProbeOperation,
) {
  const expected = probe.open ? "answered (its spec needs none)" : "refused with 401";
  await log.step(`no credential: ${entry.probe} is ${expected}`, async () => {
    const method = probe.method.toUpperCase();
    const response = await fetch(`${fake.url}${probe.path}`, { method });
    await response.body?.cancel();
    if (probe.open ? !response.ok : response.status !== 401)
      throw new Error(`${method} ${probe.path} without a credential answered ${response.status}`);
    const judged = fake.requests({ route: "api" }).at(-1)?.credential;
    return `${method} ${probe.path} answered ${response.status}; the fake saw credential: ${judged}`;
  });
}

/** A few words on what an answer held: its first fields or how many items. */
function summarize(data: unknown): string {
  if (Array.isArray(data)) return `${data.length} item(s)`;
  if (data && typeof data === "object") {
    const keys = Object.keys(data);
    return `{ ${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", ..." : ""} }`;
  }
  return data === undefined ? "no body" : typeof data;
}
