// Stateful resources as data: where a collection lives, its id, its operations and how its lists are paged.

/** One stored item; its fields follow the item schema of the resource's read operation. */
export type KitItem = Record<string, unknown>;

/** How a list operation pages, and where its page figures go (dotted paths into the body). */
export type Pagination =
  | { readonly style: "none" }
  | {
      readonly style: "page";
      /** Query parameter names, e.g. `page` and `per_page`. */
      readonly page: string;
      readonly perPage: string;
      readonly defaultPerPage: number;
      readonly maxPerPage?: number;
      /** Where to write figures, e.g. `{ page: "pagination.current_page", totalEntries: "pagination.total_entries" }`. */
      readonly at?: Partial<Record<"page" | "perPage" | "totalPages" | "totalEntries", string>>;
    }
  | {
      readonly style: "offset";
      readonly limit: string;
      readonly offset: string;
      readonly defaultLimit: number;
      readonly maxLimit?: number;
      readonly at?: Partial<Record<"limit" | "offset" | "total", string>>;
    }
  | {
      readonly style: "cursor";
      /** Query parameter names of the cursor and the page size. */
      readonly cursor: string;
      readonly limit?: string;
      readonly defaultLimit: number;
      /** Where the next cursor goes (absent on the last page), e.g. `pages.next_cursor`. */
      readonly nextCursorAt: string;
    };

/** One stateful resource of a provider's fake. */
export interface ResourceModel {
  /** Name used by `seed` and `state`, e.g. "domains". */
  readonly name: string;
  /** The item's id field (default "id"). */
  readonly idField?: string;
  /** Path parameter that names one item, e.g. "dnsRecordId" (default "id"). */
  readonly idParam?: string;
  /** Other fields that name an item in a path, tried after the id (DNSimple's domain and zone `name`). */
  readonly keys?: readonly string[];
  /** Ids: integers counting up from `start` (default 100001), or strings `<prefix><n>`. */
  readonly ids?:
    | { readonly kind: "integer"; readonly start?: number }
    | { readonly kind: "string"; readonly prefix: string }
    /** Chosen by the client: the id field of the created item (e.g. Dynata's `extProjectId`). */
    | { readonly kind: "given" };
  /** operationIds of what the model answers; any may be absent. */
  readonly operations: {
    readonly list?: string;
    readonly create?: string;
    readonly read?: string;
    readonly update?: string;
    readonly delete?: string;
  };
  /** How errors name one item, e.g. "Domain" in "Domain not found." (default: the name). */
  readonly label?: string;
  /** Fields every created item starts with, before the client's (e.g. `{ state: "Complete" }`). */
  readonly defaults?: KitItem;
  /** Name of the item's schema in `components.schemas` (default: the read answer's schema at `itemAt`). */
  readonly itemSchema?: string;
  /** The item's place in read/create/update answers: a dotted path (`data`), or "" for merged into the body (default ""). */
  readonly itemAt?: string;
  /** The list's place in list answers, e.g. `domains` or `data` (default: the body itself). */
  readonly listAt?: string;
  readonly pagination?: Pagination;
  /** Filters and orders a list before it is paged (query filters, `sort`). */
  readonly narrow?: (items: KitItem[], query: Readonly<Record<string, unknown>>) => KitItem[];
  /** Items belong to a parent: `field` holds the parent's id, taken from path parameter `param`. */
  readonly parent?: { readonly resource: string; readonly param: string; readonly field: string };
  /** Fields a client may not set besides the schema's `readOnly` ones; the id and parent fields never are. */
  readonly readOnly?: readonly string[];
  /** Status of a successful create (default: the create operation's first declared 2xx). */
  readonly createdStatus?: number;
  /** Fills server-side fields after each create and update (hostnames, timestamps, summaries). */
  readonly derive?: (
    item: KitItem,
    context: { now(): number; store: ResourceStore; created: boolean },
  ) => void;
}

/** The fake's stored resources; handlers, seed data and tests use the same store. */
export interface ResourceStore {
  /** Items of a resource, in creation order; only the parent's when `parentId` is given. */
  list(resource: string, parentId?: unknown): KitItem[];
  /** One item of a resource by id; undefined when there is none. */
  get(resource: string, id: unknown): KitItem | undefined;
  /** Creates an item: sampled defaults from the item schema, then `fields`, then a new id and `derive`. */
  create(resource: string, fields: KitItem, parentId?: unknown): KitItem;
  /** Applies the writable fields of `changes`; undefined when the item does not exist. */
  update(resource: string, id: unknown, changes: KitItem): KitItem | undefined;
  /** Removes an item and its children; false when it did not exist. */
  remove(resource: string, id: unknown): boolean;
}
