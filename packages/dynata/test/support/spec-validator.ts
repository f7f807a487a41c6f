// The shared spec validator (scripts package), checking answers against specs/dynata/openapi.yaml.
import { createSpecValidator, type SpecValidator } from "@provider-clients/scripts/spec-validator";

export type { SpecValidator };

/** A validator over our Dynata spec. */
export function loadDynataSpecValidator(): Promise<SpecValidator> {
  return createSpecValidator("dynata");
}
