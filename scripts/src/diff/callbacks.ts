// Compares an operation's callbacks (webhooks the API sends to the client) as data flowing backwards:
// the callback's request body is received by the user's handler (response direction), its
// responses are what the handler sends back (request direction).

import { HTTP_METHODS } from "../openapi/http-methods.js";
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { compareContent } from "./content.js";
import { at, report, type Scope, type Side } from "./context.js";
import type { OperationAt } from "./operations.js";

interface CallbackAt {
  /** `name/expression/METHOD`. */
  key: string;
  node: Record<string, unknown>;
  pointer: string;
}

/** Reports callback-added/-removed and walks common callbacks' bodies in the direction they travel. */
export function compareCallbacks(scope: Scope, before: OperationAt, after: OperationAt): void {
  const from = listCallbacks(scope.ctx.old, before);
  const to = listCallbacks(scope.ctx.new, after);
  for (const key of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const old = from.get(key);
    const now = to.get(key);
    const here = at("callbacks", key);
    if (old && now) compareCallback(scope, old, now, here);
    else if (now)
      report(scope, "callback-added", here, `callback ${key} added`, {
        new: now.pointer,
        after: key,
      });
    else if (old)
      report(scope, "callback-removed", here, `callback ${key} removed`, {
        old: old.pointer,
        before: key,
      });
  }
}

function compareCallback(scope: Scope, old: CallbackAt, now: CallbackAt, here: string): void {
  const received: Scope = { ...scope, direction: "response" };
  const oldBody = follow(
    scope.ctx.old,
    old.node.requestBody,
    joinPointer(old.pointer, "requestBody"),
  );
  const newBody = follow(
    scope.ctx.new,
    now.node.requestBody,
    joinPointer(now.pointer, "requestBody"),
  );
  compareContent(
    received,
    { content: oldBody.value.content, pointer: oldBody.pointer },
    { content: newBody.value.content, pointer: newBody.pointer },
    at(here, "requestBody"),
    { added: "response-media-type-added", removed: "response-media-type-removed" },
  );
  const sent: Scope = { ...scope, direction: "request" };
  const oldResponses = isObject(old.node.responses) ? old.node.responses : {};
  const newResponses = isObject(now.node.responses) ? now.node.responses : {};
  for (const status of Object.keys(oldResponses)
    .filter((s) => s in newResponses)
    .sort()) {
    const a = follow(
      scope.ctx.old,
      oldResponses[status],
      joinPointer(old.pointer, "responses", status),
    );
    const b = follow(
      scope.ctx.new,
      newResponses[status],
      joinPointer(now.pointer, "responses", status),
    );
    compareContent(
      sent,
      { content: a.value.content, pointer: a.pointer },
      { content: b.value.content, pointer: b.pointer },
      at(here, "responses", status),
      { added: "request-media-type-added", removed: "request-media-type-removed" },
    );
  }
}

function follow(side: Side, raw: unknown, pointer: string) {
  const found = side.resolver.follow(raw, pointer);
  return { value: isObject(found.value) ? found.value : {}, pointer: found.pointer };
}

/** Every callback operation, keyed `name/expression/METHOD`. */
function listCallbacks(side: Side, operation: OperationAt): Map<string, CallbackAt> {
  const out = new Map<string, CallbackAt>();
  const callbacks = operation.node.callbacks;
  if (!isObject(callbacks)) return out;
  for (const [name, raw] of Object.entries(callbacks)) {
    const callback = follow(side, raw, joinPointer(operation.pointer, "callbacks", name));
    for (const [expression, rawItem] of Object.entries(callback.value)) {
      const item = follow(side, rawItem, joinPointer(callback.pointer, expression));
      for (const method of HTTP_METHODS) {
        const node = item.value[method];
        if (!isObject(node)) continue;
        out.set(`${name}/${expression}/${method.toUpperCase()}`, {
          key: `${name}/${expression}/${method.toUpperCase()}`,
          node,
          pointer: joinPointer(item.pointer, method),
        });
      }
    }
  }
  return out;
}
