// Dynata's operation examples in the reference site (docs/): its only credential is the managed password login.
import type { DocsExampleStart } from "@provider-clients/scripts/suites/docs";

/** The credential and client variable every operation example starts with. */
export const exampleStart: DocsExampleStart = {
  auth: 'dynataAuth.password({\n    username: process.env.DYNATA_USERNAME ?? "",\n    password: () => process.env.DYNATA_PASSWORD ?? "",\n  })',
  client: "dynata",
};
