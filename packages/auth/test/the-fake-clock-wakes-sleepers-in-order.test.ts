import { expect, it } from "vitest";
import { createFakeClock } from "../src/testing/index.js";

it("advance wakes due sleepers in time order, at their due time, including chained sleeps", async () => {
  const clock = createFakeClock(1000);
  const woke: [string, number][] = [];
  void clock.sleep(300).then(() => woke.push(["c", clock.now()]));
  void clock.sleep(100).then(async () => {
    woke.push(["a", clock.now()]);
    await clock.sleep(150);
    woke.push(["a2", clock.now()]);
  });
  void clock.sleep(200).then(() => woke.push(["b", clock.now()]));
  await clock.untilSleeping(3);
  await clock.advance(260);
  expect(woke).toEqual([
    ["a", 1100],
    ["b", 1200],
    ["a2", 1250],
  ]);
  expect(clock.now()).toBe(1260);
  expect(clock.pending()).toBe(1);
  await clock.advance(40);
  expect(woke.at(-1)).toEqual(["c", 1300]);
});

it("an aborted sleep rejects and leaves the queue", async () => {
  const clock = createFakeClock();
  const controller = new AbortController();
  const sleeping = clock.sleep(1000, controller.signal);
  controller.abort(new Error("stop"));
  await expect(sleeping).rejects.toThrow("stop");
  expect(clock.pending()).toBe(0);
  await expect(clock.sleep(0)).resolves.toBeUndefined();
});
