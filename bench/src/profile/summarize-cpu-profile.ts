// Reads a V8 .cpuprofile and says, per function of interest, where its time goes (direct callees).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A V8 CPU profile as written by `node --cpu-prof`. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's share of all samples and its direct callees' shares. */
export interface FunctionBreakdown {
  functionName: string;
  inclusivePercent: number;
  selfPercent: number;
  callees: { callee: string; percent: number }[];
}

// "name file:line" with the path shortened to its package-relative part.
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(node_modules|packages|bench)\//, "")}:${n.callFrame.lineNumber + 1}`;

/** Inclusive and self time of every function named in `names`, with its top callees. */
export function breakdown(
  profile: CpuProfile,
  names: readonly string[],
  topCallees = 8,
): FunctionBreakdown[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const inclusiveCache = new Map<number, number>();
  const inclusive = (id: number): number => {
    const cached = inclusiveCache.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id)!;
    const sum = (self.get(id) ?? 0) + (node.children ?? []).reduce((s, c) => s + inclusive(c), 0);
    inclusiveCache.set(id, sum);
    return sum;
  };
  const percent = (t: number) => (100 * t) / total;
  return names.map((functionName) => {
    let incl = 0;
    let own = 0;
    const callees = new Map<string, number>();
    for (const node of profile.nodes) {
      if (node.callFrame.functionName !== functionName) continue;
      incl += inclusive(node.id);
      own += self.get(node.id) ?? 0;
      for (const child of node.children ?? []) {
        const l = label(byId.get(child)!);
        callees.set(l, (callees.get(l) ?? 0) + inclusive(child));
      }
    }
    return {
      functionName,
      inclusivePercent: percent(incl),
      selfPercent: percent(own),
      callees: [...callees]
        .sort((a, b) => b[1] - a[1])
        .slice(0, topCallees)
        .map(([callee, t]) => ({ callee, percent: percent(t) })),
    };
  });
}
