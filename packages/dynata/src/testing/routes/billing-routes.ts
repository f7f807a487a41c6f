// Feasibility and price per line item, and invoices as PDF documents.
import type { components } from "../../generated/index.js";
import { envelope, FakeHttpError, type Reply } from "../fake-http.js";
import { quotedCostPerInterview } from "../fake-line-item-rules.js";
import { findProject } from "../fake-lookup.js";
import { buildPdf } from "../fake-pdf.js";
import type { Route } from "../fake-router.js";
import type { FakeDynataState, FakeProject } from "../fake-state.js";

type Schemas = components["schemas"];

// Completes wanted: the COMPLETE target, else requiredCompletes.
const completesOf = (item: Schemas["LineItem"]) =>
  item.targets?.find((t) => t.type === "COMPLETE")?.count ?? item.requiredCompletes ?? 0;

const pdfReply = (lines: string[]): Reply => ({
  status: 200,
  raw: buildPdf(lines),
  contentType: "application/pdf",
});

function invoiceLines(record: FakeProject): string[] {
  const lines = [
    `Invoice for project ${record.project.extProjectId}`,
    `Title: ${record.project.title}`,
  ];
  let total = 0;
  for (const item of record.lineItems.values()) {
    const cost = (item.costPerInterview ?? 0) * completesOf(item);
    total += cost;
    lines.push(
      `${item.extLineItemId}: ${completesOf(item)} completes at ${item.costPerInterview} USD`,
    );
  }
  lines.push(`Total: ${total.toFixed(2)} USD`);
  return lines;
}

/** Feasibility, the invoice of a closed project and the invoice summary. */
export function billingRoutes(state: FakeDynataState): Route[] {
  return [
    {
      method: "GET",
      template: "/sample/v1/projects/{extProjectId}/feasibility",
      kind: "api",
      handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        const data: Schemas["LineItemFeasibility"][] = [...record.lineItems.values()].map(
          (item) => {
            const cpi = quotedCostPerInterview(item);
            const completes = completesOf(item);
            const reachable = Math.round(50_000 * ((item.indicativeIncidence ?? 50) / 100));
            return {
              extLineItemId: item.extLineItemId,
              feasibility: {
                status: "READY",
                costPerInterview: cpi,
                expiry: state.timestamp(),
                currency: "USD",
                feasible: reachable >= completes,
                totalCount: reachable,
                valueCounts: [],
              },
              quote: {
                costPerUnit: cpi,
                currency: "USD",
                estimatedCost: Math.round(cpi * completes * 100) / 100,
                detailedQuote: [
                  {
                    title: "Base",
                    type: "BASE",
                    units: completes,
                    costPerUnit: cpi,
                    estimatedCost: Math.round(cpi * completes * 100) / 100,
                  },
                ],
              },
            };
          },
        );
        return envelope(data);
      },
    },
    {
      method: "GET",
      template: "/sample/v1/projects/{extProjectId}/invoices",
      kind: "api",
      handle(ctx) {
        const record = findProject(state, ctx.params.extProjectId!);
        if (record.project.state !== "CLOSED") {
          throw new FakeHttpError(404, [
            { path: "extProjectId", message: "no invoice until the project is closed" },
          ]);
        }
        return pdfReply(invoiceLines(record));
      },
    },
    {
      method: "GET",
      template: "/sample/v1/projects/invoices/summary",
      kind: "api",
      handle(ctx) {
        const only = ctx.query.get("extProjectId");
        const closed = [...state.projects.values()].filter(
          (r) => r.project.state === "CLOSED" && (!only || r.project.extProjectId === only),
        );
        const lines = [
          "Invoice summary",
          ...closed.flatMap((r) =>
            invoiceLines(r)
              .slice(-1)
              .map((t) => `${r.project.extProjectId} ${t}`),
          ),
        ];
        return pdfReply(lines);
      },
    },
  ];
}
