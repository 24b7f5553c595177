import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { carriesSession } from "./mechanisms/page-cache/public-page";
import { TranslationsWithoutRootData } from "./utils/i18n";
import { browserResourcesFor, rememberLanguage } from "./utils/i18n.server";
import { defaultLanguage, languageOfPath } from "./utils/languages";
import { namespacesOfHandles } from "./utils/page-namespaces.server";
import { NonceProvider } from "./utils/nonce";
import { withoutNulBytes } from "./utils/without-nul-bytes.server";

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const languageCookie = await rememberLanguage(request);
  if (languageCookie) responseHeaders.append("Set-Cookie", languageCookie);
  keepPrivatePagesPrivate(request, responseHeaders);
  const nonce = loadContext.cspNonce ?? "";
  // Crawlers get the whole page at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent")) ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <TranslationsWithoutRootData.Provider value={translationsWithoutRootData(request, remixContext)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </TranslationsWithoutRootData.Provider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, Remix's handleError logs them.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
  const languageCookie = await rememberLanguage(request);
  if (languageCookie) response.headers.append("Set-Cookie", languageCookie);
  keepPrivatePagesPrivate(request, response.headers);
  return response;
};

/**
 * A page rendered for a signed-in person is never stored by a shared cache or the
 * back-forward disk cache, even one whose route calls it public (what a visitor sees).
 */
function keepPrivatePagesPrivate(request: Request, headers: Headers) {
  if (carriesSession(request.headers.get("Cookie"))) headers.set("Cache-Control", "private, no-store");
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}

/** The page's namespaces in the language of its path, for a page drawn without the root loader's data (app/utils/i18n.ts). */
function translationsWithoutRootData(request: Request, { staticHandlerContext, routeModules }: EntryContext) {
  if (staticHandlerContext.loaderData.root) return undefined;
  const language = languageOfPath(new URL(request.url).pathname) ?? defaultLanguage;
  const namespaces = namespacesOfHandles(staticHandlerContext.matches.map((match) => routeModules[match.route.id]?.handle));
  return { language, translations: browserResourcesFor(language, namespaces) };
}
