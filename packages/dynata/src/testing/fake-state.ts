// Everything the fake Dynata server remembers, open to tests for seeding and inspection.
import type { Clock } from "@provider-clients/auth";
import type { components } from "../generated/index.js";
import { FakeAuthStore, type FakeTokenLifetimes, type FakeUser } from "./fake-auth-store.js";
import { apiTimestamp } from "./fake-http.js";
import { seedAttributes, seedCountries } from "./fake-seed-data.js";

type Schemas = components["schemas"];

/** A stored project: its fields (without line items) and its line items by id. */
export interface FakeProject {
  project: Omit<Schemas["Project"], "lineItems">;
  lineItems: Map<string, Schemas["LineItem"]>;
  /** Creation order, for the newest-first listing. */
  seq: number;
}

/** A stored event and the decision taken on it, if any. */
export interface FakeEvent {
  event: Schemas["Event"];
  decision?: "accepted" | "rejected";
}

/** One request as the server saw it; headers are left out so no token is kept. */
export interface FakeRequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** Whether an Authorization header came with it. */
  authorized: boolean;
}

/** Options that shape a new state. */
export interface FakeStateOptions {
  clock: Pick<Clock, "now">;
  users: readonly FakeUser[];
  lifetimes: FakeTokenLifetimes;
}

/** The fake's in-memory world. */
export class FakeDynataState {
  readonly auth: FakeAuthStore;
  readonly projects = new Map<string, FakeProject>();
  readonly events = new Map<number, FakeEvent>();
  readonly templates = new Map<number, Schemas["Template"]>();
  readonly countries: Schemas["Country"][] = seedCountries();
  readonly requests: FakeRequestLogEntry[] = [];
  /** The server's own URL, set once it listens (event action links point at it). */
  origin = "";
  private readonly clock: Pick<Clock, "now">;
  private projectSeq = 0;
  private eventSeq = 0;
  private templateSeq = 0;
  private readonly attributeCatalogue = seedAttributes();

  constructor(options: FakeStateOptions) {
    this.clock = options.clock;
    this.auth = new FakeAuthStore(options.clock, options.users, options.lifetimes);
  }

  /** The current time as the API writes it. */
  timestamp(): string {
    return apiTimestamp(this.clock.now());
  }

  /** Next creation sequence number for a project. */
  nextProjectSeq(): number {
    return ++this.projectSeq;
  }

  /** Next id for a quota plan template. */
  nextTemplateId(): number {
    return ++this.templateSeq;
  }

  /** The attributes of a market, or undefined when the country does not offer the language. */
  attributesFor(
    countryIsoCode: string,
    languageIsoCode: string,
  ): Schemas["Attribute"][] | undefined {
    const country = this.countries.find(
      (c) => c.isoCode.toLowerCase() === countryIsoCode.toLowerCase(),
    );
    const offered = country?.supportedLanguages?.some(
      (l) => l.isoCode.toLowerCase() === languageIsoCode.toLowerCase(),
    );
    return offered ? this.attributeCatalogue : undefined;
  }

  /** A project with its line items, as `GET /projects/{id}` shows it. */
  projectView(record: FakeProject): Schemas["Project"] {
    return { ...record.project, lineItems: [...record.lineItems.values()] };
  }

  /**
   * Raises a reprice event on a line item, awaiting the buyer's decision, as Dynata does when
   * incidence or length of interview drift. Returns the event.
   */
  raiseRepriceEvent(input: {
    extProjectId: string;
    extLineItemId: string;
    newCostPerInterview: number;
  }): Schemas["Event"] {
    const item = this.projects.get(input.extProjectId)?.lineItems.get(input.extLineItemId);
    if (!item) throw new Error(`no line item ${input.extProjectId}/${input.extLineItemId}`);
    const eventId = ++this.eventSeq;
    const previous = item.costPerInterview ?? 0;
    const event: Schemas["Event"] = {
      eventId,
      eventType: "LineItem:RepriceTriggered",
      extProjectId: input.extProjectId,
      extLineItemId: input.extLineItemId,
      resource: {
        costPerInterview: { previousValue: previous, newValue: input.newCostPerInterview },
        currency: "USD",
        reason: "LOI_CHANGE",
      },
      actions: {
        acceptURL: `${this.origin}/sample/v1/events/${eventId}/accept`,
        rejectURL: `${this.origin}/sample/v1/events/${eventId}/reject`,
      },
      createdAt: this.timestamp(),
    };
    this.events.set(eventId, { event });
    return event;
  }
}
