// Opens a URL in the user's browser when there is one; never required, so every failure is silent.
import { spawn } from "node:child_process";

/** The command that opens a URL on this platform, or undefined when no browser can be reached. */
export function browserCommand(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): { command: string; args: readonly string[] } | undefined {
  if (env.BROWSER === "none") return undefined;
  if (env.BROWSER) return { command: env.BROWSER, args: [] };
  if (platform === "darwin") return { command: "open", args: [] };
  if (platform === "win32") return { command: "rundll32", args: ["url.dll,FileProtocolHandler"] };
  // Elsewhere a browser needs a display; over SSH or in CI there is none.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: "xdg-open", args: [] };
}

/** Starts the browser on `url` without waiting for it; returns whether an attempt was made. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const opener = browserCommand(env);
  if (!opener) return false;
  try {
    const child = spawn(opener.command, [...opener.args, url], {
      stdio: "ignore",
      detached: true,
    });
    child.on("error", () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
