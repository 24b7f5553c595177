import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { defaultLanguage, type Language } from "~/utils/languages";

/** The language the page is being read in, as the root loader decided it. */
export function useReaderLanguage(): Language {
  return useRouteLoaderData<typeof rootLoader>("root")?.language ?? defaultLanguage;
}
