// Attaches the token engine to a managed credential, so static-credential bundles leave it out.
import type { ManagedAuth } from "../types.js";
import { createSession } from "./create-session.js";

/** A managed credential that brings its own engine (`startSession`) for createProviderClient. */
export function managedAuth(auth: Omit<ManagedAuth, "startSession">): ManagedAuth {
  return { ...auth, startSession: createSession };
}
