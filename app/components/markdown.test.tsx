import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { MarkdownText } from "./markdown";
import { safeLink } from "./markdown-links";

const render = (body: string, headingLevel?: 2 | 3 | 4) => renderToStaticMarkup(<MarkdownText headingLevel={headingLevel}>{body}</MarkdownText>);

/** Every href the rendered body links to. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe("a body written in Markdown", () => {
  test("renders its paragraphs, emphasis and lists", () => {
    expect(render("Peer *support*.\n\n- one\n- two")).toBe("<p>Peer <em>support</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
  });

  test("never gives the page a second h1: its headings start at the level the page says", () => {
    expect(render("# Aims\n\n## Method")).toBe("<h2>Aims</h2>\n<h3>Method</h3>");
  });

  test("leaves no gap in the page's outline: a body that starts at ## or skips a level gets consecutive levels", () => {
    expect(render("## Aims\n\n#### Method", 3)).toBe("<h3>Aims</h3>\n<h4>Method</h4>");
    expect(render("# Aims\n\n###### Deep", 3)).toBe("<h3>Aims</h3>\n<h4>Deep</h4>");
    expect(render("Aims\n====\n\nMethod\n------\n\n### Steps")).toBe("<h2>Aims</h2>\n<h3>Method</h3>\n<h4>Steps</h4>");
  });

  test("drops raw HTML: no script, no element with an event attribute, no iframe", () => {
    const html = render(
      '<script>alert(1)</script>\n\nHello <img src=x onerror="alert(1)"> <b onclick="alert(1)">bold</b>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<b[ >]|onerror|onclick/i);
    expect(html).toContain("Hello");
  });

  test("keeps an HTML entity as the character it names, escaped, never as markup", () => {
    expect(render("&lt;script&gt;alert(1)&lt;/script&gt; &amp; caf&eacute;")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; café</p>");
  });

  test("links to the web, to an address and to the site itself; outside links carry nofollow noopener noreferrer", () => {
    const html = render("[a](https://example.org/x) [b](mailto:info@example.org) [c](/en/members) [d](//example.net/y)");
    expect(hrefs(html)).toEqual(["https://example.org/x", "mailto:info@example.org", "/en/members", "https://example.net/y"]);
    expect(html).toContain('<a href="https://example.org/x" rel="nofollow noopener noreferrer">a</a>');
    expect(html).toContain('<a href="/en/members">c</a>');
  });

  test.each([
    ["javascript:", "[click](javascript:alert(1))"],
    ["upper case", "[click](JaVaScRiPt:alert(1))"],
    ["data:", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript:", "[click](vbscript:msgbox(1))"],
    ["an entity for a letter", "[click](&#106;avascript:alert(1))"],
    ["an entity for the colon", "[click](javascript&colon;alert(1))"],
    ["a tab inside", "[click](<java\tscript:alert(1)>)"],
    ["a zero-width space inside", "[click](java\u200bscript:alert(1))"],
    ["a bidi override inside", "[click](\u202ejavascript:alert(1))"],
    ["full-width letters", "[click](ｊａｖａｓｃｒｉｐｔ:alert(1))"],
    ["a reference definition", "[click][x]\n\n[x]: javascript:alert(1)"],
    ["an autolink", "<javascript:alert(1)>"],
  ])("a link to script (%s) shows as plain text", (_what, body) => {
    const html = render(body);
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toMatch(/<a /);
  });

  test("an image is never loaded: its alt text links to it, or is plain text when the address is not safe", () => {
    expect(render("![A map of the services](https://example.org/map.png)")).toBe(
      '<p><a href="https://example.org/map.png" rel="nofollow noopener noreferrer" class="markdown-image">A map of the services</a></p>',
    );
    expect(render("![tracker](javascript:alert(1))")).toBe("<p>tracker</p>");
    expect(render("![x](data:image/png;base64,AAAA)")).toBe("<p>x</p>");
  });

  test("drops characters that reorder the text, and keeps the zero-width ones words need", () => {
    expect(render("abc\u202edcba\u202c and \u2067x\u2069")).toBe("<p>abcdcba and x</p>");
    // A zero-width joiner is part of some emoji and scripts.
    expect(render("👩\u200d👩\u200d👧")).toBe("<p>👩\u200d👩\u200d👧</p>");
  });

  // Bounds far above the half second these take on an idle machine, and far below the
  // minutes the parser took on deep nesting before it was capped (the machine is shared).
  test("renders 100,000 characters of hostile text quickly, inert", { timeout: 30_000 }, () => {
    const hostile = "**b** <script>x</script> [a](javascript:alert(1)) <b onclick=x>c</b>\n\n".repeat(1_800).slice(0, 100_000);
    const started = performance.now();
    const html = render(hostile);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(html).not.toMatch(/<script|<a /);
    expect(html).toContain("<strong>b</strong>");
  });

  test("survives 100,000 characters of nesting, in seconds", { timeout: 30_000 }, () => {
    const started = performance.now();
    expect(() => render(">".repeat(100_000))).not.toThrow();
    expect(() => render("[".repeat(100_000))).not.toThrow();
    expect(() => render("*".repeat(100_000))).not.toThrow();
    expect(() => render("1. ".repeat(33_000))).not.toThrow();
    expect(render(">".repeat(100_000) + " deep").match(/<blockquote>/g)).toHaveLength(8);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("a link's address", () => {
  test("on the site stays a path; outside it is the address a browser would follow", () => {
    expect(safeLink("/fr/library/abc?text=original#body")).toEqual({ href: "/fr/library/abc?text=original#body", external: false });
    expect(safeLink("\\\\evil.example")).toEqual({ href: "https://evil.example/", external: true });
    expect(safeLink("HTTPS://Example.org")).toEqual({ href: "https://example.org/", external: true });
  });

  test("is refused when empty or of another scheme", () => {
    for (const href of ["", "   ", undefined, "ftp://example.org", "file:///etc/passwd", "javascript://%0aalert(1)"]) {
      expect(safeLink(href), String(href)).toBeNull();
    }
  });
});
