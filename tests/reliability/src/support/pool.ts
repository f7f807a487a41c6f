// Runs async jobs with a bound on how many run at once.

/** Runs every job, at most `limit` at a time; resolves when all are done (rejects on the first failure). */
export async function runPooled(
  jobs: readonly (() => Promise<void>)[],
  limit: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
