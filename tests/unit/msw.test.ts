import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";
import { server } from "../mocks/server";

test("an outgoing request no handler covers fails the test instead of reaching the network", async () => {
  const consoleError = console.error;
  console.error = () => {}; // msw reports the unhandled request; the rejection is what we check
  try {
    await expect(fetch("https://api.example.com/unmocked")).rejects.toThrow();
  } finally {
    console.error = consoleError;
  }
});

test("a request with a handler gets the mocked answer", async () => {
  server.use(http.get("https://api.example.com/hello", () => HttpResponse.json({ hello: "world" })));
  const response = await fetch("https://api.example.com/hello");
  expect(await response.json()).toEqual({ hello: "world" });
});
