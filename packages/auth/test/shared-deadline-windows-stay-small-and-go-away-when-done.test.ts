import { expect, it } from "vitest";
import { DeadlineSweeper } from "../src/client/deadline-sweeper.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("opens a new window after 1,000 members, below undici's listener limit per signal", () => {
  const sweeper = new DeadlineSweeper(60_000);
  const windows = Array.from({ length: 2_500 }, () => sweeper.join());
  const signals = new Set(windows.map((w) => w.signal));
  expect(signals.size).toBe(3);
  for (const window of windows) window.leave();
});

it("never aborts a window whose members all got their answers, and forgets it", async () => {
  const sweeper = new DeadlineSweeper(100);
  const window = sweeper.join();
  window.leave();
  await wait(250);
  expect(window.signal.aborted).toBe(false);
  expect(window.timedOut).toBe(false);
  // A join after the window closed gets a fresh one.
  const next = sweeper.join();
  expect(next.signal).not.toBe(window.signal);
  next.leave();
});

it("aborts a window at its deadline when a member is still waiting", async () => {
  const sweeper = new DeadlineSweeper(100);
  const answered = sweeper.join();
  const waiting = sweeper.join();
  expect(waiting).toBe(answered);
  answered.leave();
  await wait(250);
  expect(waiting.timedOut).toBe(true);
  expect(waiting.signal.aborted).toBe(true);
  expect((waiting.signal.reason as DOMException).name).toBe("TimeoutError");
  waiting.leave();
});
