// Names the thing a change is about the way a client user sees it: `Thing.status`, `Device[].id`.
import { pointerTokens } from "../specs/adopt/json-pointer.js";

/** The changed node's name: a component path when shared (`DNSServer.device_ids`), else its place in the operation. */
export function subjectOf(pointer: { old: string | null; new: string | null }, location: string) {
  const old = componentName(pointer.old);
  const now = componentName(pointer.new);
  // A reference retargeted to another component is about the place, not either component.
  if (old && now && old.split(/[.[]/)[0] !== now.split(/[.[]/)[0]) return placeName(location);
  // An added or removed part points at its parent on the other side: name the deeper one.
  if (old && now) return now.length > old.length ? now : old;
  return old ?? now ?? placeName(location);
}

// `/components/schemas/A/properties/b/items/properties/c` -> `A.b[].c`.
function componentName(pointer: string | null): string | undefined {
  if (pointer === null || pointer.includes(" & ")) return undefined;
  const segments = pointerTokens(pointer);
  if (segments[0] !== "components" || segments.length < 3) return undefined;
  return `${segments[2]}${schemaPath(segments.slice(3))}`;
}

// `responses/200/application/json/properties/pages` -> `200 response .pages`.
function placeName(location: string): string {
  if (location.startsWith("callbacks/")) return callbackName(location);
  const segments = location.split("/");
  const head: string[] = [];
  let index = 0;
  if (segments[0] === "responses") {
    head.push(`${segments[1]} response`);
    index = skipMediaType(segments, 2);
  } else if (segments[0] === "requestBody") {
    head.push("request body");
    index = skipMediaType(segments, 1);
  } else if (segments[0] === "parameters") {
    head.push(`${segments[1]} parameter ${segments[2]}`);
    index = 3;
  } else return location || "operation";
  const rest = schemaPath(segments.slice(index));
  return rest ? `${head.join(" ")} ${rest.replace(/^\./, "")}` : head.join(" ");
}

// `callbacks/onEvent/{$request.body#/url}/POST/requestBody/application/json/properties/a` -> `callback onEvent body .a`.
function callbackName(location: string): string {
  const segments = location.split("/");
  const body = segments.indexOf("requestBody");
  if (body < 0) return `callback ${segments[1]}`;
  const rest = schemaPath(segments.slice(skipMediaType(segments, body + 1)));
  return `callback ${segments[1]} body${rest}`;
}

// Media types are two segments (`application/json`) after a status or `requestBody`.
function skipMediaType(segments: string[], start: number): number {
  const next = segments[start];
  if (next === undefined || ["properties", "items", "headers"].includes(next)) return start;
  return start + 2;
}

function schemaPath(segments: string[]): string {
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === "properties" && segments[i + 1] !== undefined) {
      out += `.${segments[++i]}`;
    } else if (segment === "items") out += "[]";
    else if (segment === "additionalProperties") out += "[key]";
    else if (["oneOf", "anyOf", "allOf"].includes(segment)) i++;
  }
  return out;
}
