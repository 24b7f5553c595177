import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { errorKind, GeneralErrorBoundary } from "./components/error-boundary";
import { PageMeta } from "./components/page-meta";
import { SiteShell } from "./components/site-shell";
import stylesheet from "./styles/app.css?url";
import { can } from "./modules/auth/permissions";
import { currentUser } from "./modules/auth/session.server";
import { i18nFor, TranslationsWithoutRootData, type TranslatedRoute } from "./utils/i18n";
import { publicOrigin } from "./utils/env.server";
import { namespacesOfPage } from "./utils/page-namespaces.server";
import { browserResourcesFor, readerLanguage } from "./utils/i18n.server";
import { defaultLanguage, languages, pathInLanguage } from "./utils/languages";
import { translatedMeta } from "./utils/meta";
import { useNonce } from "./utils/nonce";

/** The header's site search box, on every page. */
export const handle: TranslatedRoute = { i18n: ["search"] };

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction<typeof loader> = ({ matches, error }) =>
  translatedMeta(matches, (t) =>
    error ? { title: t(`errors.${errorKind(error)}.title`) } : { title: t("site.name"), description: t("site.tagline") },
  );

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Never throws: the error pages need this data too.
  const language = await readerLanguage(request);
  const user = await currentUser(request).catch(() => null);
  return {
    language,
    translations: browserResourcesFor(language, context.routes && namespacesOfPage(context.routes, new URL(request.url).pathname)),
    // The page for a refused cross-site form is drawn at another address than the one the
    // browser shows (server/app.ts): scripts would notice and reload it, sending the form again.
    hydrate: !context.crossSiteRefused,
    origin: publicOrigin(),
    // What the header needs: who is signed in, and whether to link to administration.
    user: user
      ? { name: user.name, isNetworkAdmin: can(user, "network:manage-roles"), isCoordinator: can(user, "membership:review") }
      : null,
  };
}

/**
 * The root changes with the page (it brings the page's translations), or after a form is
 * sent (signing in or out); not as a page's query changes (a filter, a search).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  formMethod && formMethod !== "GET" ? defaultShouldRevalidate : currentUrl.pathname !== nextUrl.pathname;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const { pathname } = useLocation();
  const withoutRootData = useContext(TranslationsWithoutRootData);
  const language = data?.language ?? withoutRootData?.language ?? defaultLanguage;
  const i18n = i18nFor(language, data?.translations ?? withoutRootData?.translations ?? {});
  return (
    <html lang={language} dir={i18n.dir(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageMeta />
        {data ? <LanguageAlternates origin={data.origin} pathname={pathname} /> : null}
        {data && offersLibraryFeed(pathname) ? (
          <link
            rel="alternate"
            type="application/atom+xml"
            href={`/${language}/library/feed.xml`}
            title={i18n.t("library-files:feed.link")}
          />
        ) : null}
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <SiteShell language={language} user={data?.user ?? null}>
            {children}
          </SiteShell>
        </I18nextProvider>
        {/* Without root data (an action's error at the root boundary), the page is only what the server drew. */}
        {!data || data.hydrate === false ? null : (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

/**
 * The home page, the library's pages and search point feed readers to the library's Atom
 * feed (their routes declare "library-files", where the link's title is).
 */
function offersLibraryFeed(pathname: string) {
  return /^\/[a-z]{2}\/?$/.test(pathname) || /^\/[a-z]{2}\/(library|search)(\/|$)/.test(pathname);
}

/** `hreflang` links to this page in every language we ship. */
function LanguageAlternates({ origin, pathname }: { origin: string; pathname: string }) {
  return (
    <>
      {languages.map((language) => (
        <link key={language} rel="alternate" hrefLang={language} href={origin + pathInLanguage(pathname, language)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={origin + pathInLanguage(pathname, "en")} />
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
