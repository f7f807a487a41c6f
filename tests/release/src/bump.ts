// What changesets makes of a version for one changeset level, so the release steps expect versions instead of writing them out.

/** `version` after a `minor` or `patch` changeset, e.g. 0.1.0 -> 0.2.0 (minor) or 0.2.1 (patch). */
export function bump(version: string, level: "minor" | "patch"): string {
  const [major, minor, patch] = version.split(".").map(Number);
  if (major === undefined || minor === undefined || patch === undefined)
    throw new Error(`"${version}" is not major.minor.patch`);
  return level === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}
