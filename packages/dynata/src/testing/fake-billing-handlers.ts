// Prices and paperwork: feasibility and quotes per line item, invoices of closed projects as PDF documents.
import type { KitContext, KitReply } from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";
import { apiTimestamp, envelope } from "./fake-envelope.js";
import { completesOf, quotedCostPerInterview } from "./fake-line-item-rules.js";
import { buildPdf } from "./fake-pdf.js";
import { withProject } from "./fake-project-handlers.js";

type Project = components["schemas"]["Project"];

const pdf = (lines: string[]): KitReply => ({
  status: 200,
  text: buildPdf(lines),
  contentType: "application/pdf",
});

/** The invoice's lines: one per line item, then the total. */
function invoiceLines({ extProjectId, title, lineItems = [] }: Project): string[] {
  const cost = lineItems.reduce((sum, li) => sum + (li.costPerInterview ?? 0) * completesOf(li), 0);
  const lines = lineItems.map(
    (li) => `${li.extLineItemId}: ${completesOf(li)} completes at ${li.costPerInterview} USD`,
  );
  return [
    `Invoice for project ${extProjectId}`,
    `Title: ${title}`,
    ...lines,
    `Total: ${cost.toFixed(2)} USD`,
  ];
}

/** Handlers by operationId. */
export const billingHandlers = {
  // Price from length and incidence; reachable panelists from incidence alone.
  feasibilityShow: withProject((ctx, project) =>
    envelope(
      (project.lineItems ?? []).map((li) => {
        const [costPerInterview, completes] = [quotedCostPerInterview(li), completesOf(li)];
        const totalCount = Math.round(500 * (li.indicativeIncidence ?? 50));
        const estimatedCost = Math.round(costPerInterview * completes * 100) / 100;
        const money = { currency: "USD", expiry: apiTimestamp(ctx.now()) };
        return {
          extLineItemId: li.extLineItemId,
          feasibility: {
            ...money,
            status: "READY",
            costPerInterview,
            feasible: totalCount >= completes,
            totalCount,
          },
          quote: { costPerUnit: costPerInterview, currency: "USD", estimatedCost },
        };
      }),
    ),
  ),
  projectsInvoices: withProject((ctx, project) =>
    project.state === "CLOSED"
      ? pdf(invoiceLines(project))
      : ctx.fail("not-found", "no invoice until the project is closed"),
  ),
  getInvoicesSummary(ctx: KitContext) {
    const only = ctx.request.query.extProjectId;
    const closed = (ctx.resources.list("projects") as Project[]).filter(
      (p) => p.state === "CLOSED" && (only === undefined || p.extProjectId === only),
    );
    return pdf([
      "Invoice summary",
      ...closed.map((p) => `${p.extProjectId} ${invoiceLines(p).at(-1)}`),
    ]);
  },
};
