import { describe, expect, test } from "vitest";
import { parseDirectoryFilters } from "./directory.schema";

const parse = (query: string) => parseDirectoryFilters(new URLSearchParams(query));

describe("directory filters from the address", () => {
  test("valid filters are kept, country codes in upper case", () => {
    expect(parse("country=it&type=peer_led&page=2")).toEqual({
      filters: { country: "IT", type: "peer_led", page: 2 },
      ignored: [],
    });
  });

  test("no filters means the first page of everything", () => {
    expect(parse("")).toEqual({ filters: { page: 1 }, ignored: [] });
    expect(parse("country=&type=")).toEqual({ filters: { page: 1 }, ignored: [] });
  });

  test("invalid values are dropped and reported, never passed on", () => {
    expect(parse("country=<script>&type=hospital&page=-3")).toEqual({
      filters: { page: 1 },
      ignored: ["country", "type", "page"],
    });
    expect(parse("page=abc").ignored).toEqual(["page"]);
  });
});
