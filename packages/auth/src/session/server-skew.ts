// Learns how far the server's clock is from ours, from the `Date` header of its answers.

/** Below this the header's one-second resolution is noise, not skew. */
const noiseMs = 2_000;

/** The latest observed offset (server minus local, ms); undefined until a Date header is seen. */
export interface ServerSkew {
  observe(dateHeader: string | null, localNow: number): void;
  current(): number | undefined;
}

/** A tracker that keeps the offset seen on the most recent answer. */
export function createServerSkew(): ServerSkew {
  let offset: number | undefined;
  // The header changes once a second; answers in between reuse the parse.
  let lastHeader: string | undefined;
  let lastServer = Number.NaN;
  return {
    observe(dateHeader, localNow) {
      if (!dateHeader) return;
      if (dateHeader !== lastHeader) {
        lastHeader = dateHeader;
        lastServer = Date.parse(dateHeader);
      }
      const server = lastServer;
      if (Number.isNaN(server)) return;
      const measured = server - localNow;
      offset = Math.abs(measured) < noiseMs ? 0 : measured;
    },
    current: () => offset,
  };
}

/** How much later it is for the server now than when `tokens` were issued, beyond our own clock. */
export function skewDriftMs(skewAtIssue: number | undefined, skewNow: number | undefined): number {
  if (skewAtIssue === undefined || skewNow === undefined) return 0;
  return skewNow - skewAtIssue;
}
