import { expect, it } from "vitest";
import { browserCommand } from "../src/cli/open-browser.js";

it("opens nothing on Linux without a display (SSH, CI) or with BROWSER=none", () => {
  expect(browserCommand({}, "linux")).toBeUndefined();
  expect(browserCommand({ DISPLAY: ":0", BROWSER: "none" }, "linux")).toBeUndefined();
});

it("uses xdg-open with a display, open on macOS, and $BROWSER when set", () => {
  expect(browserCommand({ WAYLAND_DISPLAY: "wayland-0" }, "linux")?.command).toBe("xdg-open");
  expect(browserCommand({}, "darwin")?.command).toBe("open");
  expect(browserCommand({ BROWSER: "firefox" }, "linux")?.command).toBe("firefox");
});
