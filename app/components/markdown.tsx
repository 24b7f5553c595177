// The one Markdown renderer for text people write (library entries' bodies; the Charter
// may move here). Whatever is typed renders inert: raw HTML is dropped, a link goes only
// to http(s), mailto or this site (anything else becomes its plain text), a link off the
// site carries rel="nofollow noopener noreferrer", an image is never loaded (its alt text
// becomes a link to it, so the CSP needs nothing new), and headings start below the page's
// own, so a body's "#" is never the page's h1.
import type { ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import { safeLink } from "./markdown-links";

type HeadingLevel = 2 | 3 | 4;

/**
 * Characters that reorder or hide text (bidi embeddings, overrides and isolates): a body
 * could make "evil.example" read as "example.live". Dropped from the text shown.
 */
const reorderingCharacters = /[\u202a-\u202e\u2066-\u2069]/g;

export function MarkdownText({
  children,
  headingLevel = 2,
}: {
  children: string;
  /** The level a body's largest heading becomes: the first free level below the page's own headings. */
  headingLevel?: HeadingLevel;
}) {
  const text = withNestingCapped(children.replace(reorderingCharacters, ""));
  return (
    <Markdown skipHtml urlTransform={keepUrl} components={componentsFor(headingLevel, headingDepthsIn(text))}>
      {text}
    </Markdown>
  );
}

/**
 * The heading depths a body uses, in order ("## A", "#### B" → [2, 4]). They become
 * consecutive levels from the page's first free one, so a body that starts at "##" or
 * skips one never leaves a gap in the page's outline.
 */
export function headingDepthsIn(markdown: string): number[] {
  const depths = new Set<number>();
  for (const [, hashes] of markdown.matchAll(/^ {0,3}(#{1,6})(?:[ \t]|$)/gm)) depths.add(hashes!.length);
  for (const match of markdown.matchAll(/^.+\n {0,3}(=+|-+) *$/gm)) depths.add(match[1]!.startsWith("=") ? 1 : 2);
  return [...depths].sort((a, b) => a - b);
}

/**
 * Quotes and lists nested hundreds deep (">>>>…", "1. 1. 1. …") take the parser minutes and
 * then overflow the stack; nobody writes more than a few levels. A line's markers beyond
 * `maxNesting` are dropped, so such a body renders, shallower, in milliseconds.
 */
const maxNesting = 8;
const containerMarkers = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))+/gm;
const oneMarker = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/g;

export function withNestingCapped(text: string) {
  return text.replace(containerMarkers, (prefix) => {
    const markers = prefix.match(oneMarker) ?? [];
    return markers.length > maxNesting ? markers.slice(0, maxNesting).join("") : prefix;
  });
}

/** react-markdown's own transform is replaced by ours, applied in the components below. */
const keepUrl = (url: string) => url;

const cache = new Map<string, Components>();

function componentsFor(headingLevel: HeadingLevel, depthsUsed: number[]): Components {
  const cacheKey = `${headingLevel}:${depthsUsed.join(",")}`;
  let components = cache.get(cacheKey);
  if (components) return components;
  const heading = (depth: number) => {
    const rank = depthsUsed.indexOf(depth);
    const level = Math.min(6, (rank === -1 ? depth - 1 : rank) + headingLevel);
    const Heading = ({ children }: { children?: ReactNode }) => {
      const Tag = `h${level}` as "h2";
      return <Tag>{children}</Tag>;
    };
    return Heading;
  };
  components = {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    a: ({ href, title, children }) => {
      const link = safeLink(href);
      if (!link) return <>{children}</>;
      return (
        <a href={link.href} title={title} rel={link.external ? "nofollow noopener noreferrer" : undefined}>
          {children}
        </a>
      );
    },
    img: ({ src, alt, title }) => {
      const text = alt || title || src || "";
      const link = safeLink(src);
      if (!link) return <>{text}</>;
      return (
        <a href={link.href} title={title} rel={link.external ? "nofollow noopener noreferrer" : undefined} className="markdown-image">
          {text}
        </a>
      );
    },
  };
  cache.set(cacheKey, components);
  return components;
}
