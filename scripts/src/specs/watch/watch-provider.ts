// One provider's spec watch: run the update flow and, when the spec changed, write its pull request.
import path from "node:path";
import { type UpdateSettings, updateProvider } from "../update/update-provider.js";
import { type PullRequest, renderPullRequest } from "./render-pull-request.js";
import { clearPullRequestFiles, writePullRequestFiles } from "./write-pull-request-files.js";

export type WatchOutcome =
  | { provider: string; status: "opened"; dir: string; pullRequest: PullRequest }
  | { provider: string; status: "skipped" | "unchanged" | "failed"; reason: string };

/** Updates `provider` in `settings.root`; writes `<out>/<provider>/` only when its spec changed. */
export async function watchProvider(
  provider: string,
  settings: UpdateSettings & { out: string },
): Promise<WatchOutcome> {
  await clearPullRequestFiles(settings.out, provider);
  const outcome = await updateProvider(provider, settings);
  if (outcome.status !== "updated") return outcome;
  const pullRequest = renderPullRequest({
    provider,
    packageName: `@provider-clients/${provider}`,
    bump: outcome.bump,
    oldVersion: outcome.versions.old,
    newVersion: outcome.versions.new,
    result: outcome.result,
    brokenFixtures: outcome.brokenFixtures,
    changeset: outcome.changeset && path.relative(settings.root, outcome.changeset),
    proseGaps: outcome.proseGaps,
  });
  const dir = await writePullRequestFiles(settings.out, provider, pullRequest);
  return { provider, status: "opened", dir, pullRequest };
}
