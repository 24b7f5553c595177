import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";
import { server } from "../mocks/server";

test("an outgoing request no handler covers is refused by msw, not sent to the network", async () => {
  const reported: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => reported.push(args.map(String).join(" "));
  try {
    await expect(fetch("https://api.example.com/unmocked")).rejects.toThrow();
  } finally {
    console.error = consoleError;
  }
  expect(reported.join("\n")).toMatch(/\[MSW\].*without a matching request handler/s);
});

test("a request with a handler gets the mocked answer", async () => {
  server.use(http.get("https://api.example.com/hello", () => HttpResponse.json({ hello: "world" })));
  const response = await fetch("https://api.example.com/hello");
  expect(await response.json()).toEqual({ hello: "world" });
});
