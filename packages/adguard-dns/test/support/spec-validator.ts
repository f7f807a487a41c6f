// Loads the shared spec validator; the specifier is a variable so this package's typecheck stays in its rootDir.

/** The part of the scripts package's validator these tests use. */
export interface SpecValidator {
  validateResponse(input: {
    method: string;
    path: string;
    status: number;
    contentType: string | null;
    body: unknown;
  }): { ok: boolean; problems: string[] };
}

const candidates = [
  "@provider-clients/scripts/spec-validator",
  new URL("../../../../scripts/src/testing/spec-validator.ts", import.meta.url).href,
];

/** The validator for specs/adguard-dns/openapi.yaml (package import when installed, else the workspace file). */
export async function loadAdGuardDnsSpecValidator(): Promise<SpecValidator> {
  let lastError: unknown;
  for (const specifier of candidates) {
    try {
      const mod = (await import(specifier)) as {
        createSpecValidator(provider: string): Promise<SpecValidator>;
      };
      return await mod.createSpecValidator("adguard-dns");
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
