// What every page shares: its config from the server, and its script's outcome written where the test reads it.

/** Runs `script` with the JSON the page server put in `#config` and shows its result (or error) as JSON in `#result` / `#error`. */
export function runPageScript(script: (config: never) => Promise<unknown>): void {
  const config = JSON.parse(document.getElementById("config")?.textContent ?? "{}") as never;
  script(config).then(
    (result) => {
      if (result !== undefined) show("result", result);
    },
    (error: unknown) => {
      const { name, message, code } = error as { name?: string; message?: string; code?: string };
      show("error", { name, message, code, cause: String((error as Error).cause ?? "") });
    },
  );
}

function show(id: string, value: unknown): void {
  const element = document.createElement("pre");
  element.id = id;
  element.textContent = JSON.stringify(value);
  document.body.append(element);
}
