import { expect, it } from "vitest";
import { listenForRedirect } from "../src/cli/loopback-redirect.js";

it("hands over the redirect's query, answers the browser, and ignores other paths", async () => {
  const listener = await listenForRedirect("http://127.0.0.1:0/callback");
  try {
    const port = new URL(listener.redirectUri).port;
    expect(Number(port)).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/favicon.ico`)).status).toBe(404);
    const page = fetch(`${listener.redirectUri}?code=c1&state=s1`);
    const redirect = await listener.next();
    expect(Object.fromEntries(redirect.params)).toEqual({ code: "c1", state: "s1" });
    redirect.reply({ ok: true, message: "Done <here>" });
    const answer = await page;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("Done &#60;here&#62;");
  } finally {
    await listener.close();
  }
});

it("refuses a redirect URI that is not http on a loopback address", async () => {
  await expect(listenForRedirect("https://app.example.test/callback")).rejects.toMatchObject({
    code: "invalid_options",
  });
  await expect(listenForRedirect("http://192.0.2.1:8976/callback")).rejects.toMatchObject({
    code: "invalid_options",
  });
});
