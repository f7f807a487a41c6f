// Constant-time comparison of secrets, as a real server would do.
import { timingSafeEqual } from "node:crypto";

/** Whether two secrets are equal, without leaking where they differ through timing. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
