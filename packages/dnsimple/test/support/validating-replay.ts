// A DNSimple client with drift detection on, whose every call gets one recorded answer.
import { type RecordedAnswer, replayFetch } from "@provider-clients/scripts/replay";
import { createDnsimpleClient, type DnsimpleClient, dnsimpleAuth } from "../../src/index.js";
import { type ResponseValidationOptions, withResponseValidation } from "../../src/validate.js";

/** The token the replaying client sends: no report or error may ever contain it. */
export const replayToken = "dnsimple-token-not-in-reports";

/** Replays `answer` (its body replaced by `body` when given) through a validating client. */
export function validatingReplay(
  answer: RecordedAnswer,
  options: ResponseValidationOptions,
  body?: string,
): DnsimpleClient {
  // A replaced body has another length: drop the recorded Content-Length so it cannot lie.
  const played =
    body === undefined
      ? answer
      : { ...answer, body, headers: answer.headers.filter(([n]) => !/^content-length$/i.test(n)) };
  const client = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(replayToken),
    baseUrl: "https://api.dnsimple.test/v2",
    fetch: replayFetch(played).fetch,
    retry: false,
  });
  return withResponseValidation(client, options);
}
