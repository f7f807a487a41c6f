// Small request-body checks for the fake: each failed rule becomes one `{path, message}` entry.
import { type ErrorDetail, FakeHttpError } from "./fake-http.js";

type Kind = "string" | "integer" | "number" | "boolean" | "array" | "object";

/** Collects problems in a body; `done()` throws a 400 listing them all. */
export class BodyCheck {
  readonly problems: ErrorDetail[] = [];
  readonly value: Record<string, unknown>;
  private readonly prefix: string;

  constructor(body: unknown, prefix = "") {
    this.prefix = prefix;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      this.problems.push({ path: prefix || "/", message: "must be a JSON object" });
      this.value = {};
    } else {
      this.value = body as Record<string, unknown>;
    }
  }

  /** Checks a field's type (and presence when `required`); returns the value when it is valid. */
  field<T = unknown>(name: string, kind: Kind, required = false): T | undefined {
    const value = this.value[name];
    const path = this.prefix ? `${this.prefix}.${name}` : name;
    if (value === undefined || value === null) {
      if (required) this.problems.push({ path, message: `${name} is required` });
      return undefined;
    }
    if (!isKind(value, kind)) {
      this.problems.push({ path, message: `${name} must be ${article(kind)}` });
      return undefined;
    }
    return value as T;
  }

  /** A string of exactly two letters (ISO country and language codes). */
  isoCode(name: string, required = false): string | undefined {
    const value = this.field<string>(name, "string", required);
    if (value !== undefined && !/^[A-Za-z]{2}$/.test(value)) {
      this.problems.push({ path: this.pathOf(name), message: `${name} must be a two-letter code` });
      return undefined;
    }
    return value;
  }

  /** A number within [min, max]. */
  range(name: string, kind: "integer" | "number", min: number, max: number, required = false) {
    const value = this.field<number>(name, kind, required);
    if (value !== undefined && (value < min || value > max)) {
      this.problems.push({
        path: this.pathOf(name),
        message: `${name} must be between ${min} and ${max}`,
      });
      return undefined;
    }
    return value;
  }

  /** Merges the problems of a nested check. */
  include(other: BodyCheck): void {
    this.problems.push(...other.problems);
  }

  /** Throws a 400 with every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw new FakeHttpError(400, this.problems);
  }

  private pathOf(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }
}

function isKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return typeof value === kind;
  }
}

function article(kind: Kind): string {
  return kind === "array" || kind === "integer" || kind === "object" ? `an ${kind}` : `a ${kind}`;
}

/** Reads an optional integer query parameter within bounds, or throws a 400. */
export function queryInteger(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new FakeHttpError(400, [
      { path: name, message: `${name} must be an integer from ${min} to ${max}` },
    ]);
  }
  return n;
}
