// Remix's <Meta>, told whether the page answers a refused form (and given the translations
// of a page drawn without the root loader's data), so translatedMeta
// (app/utils/meta.ts) can begin the title with "Error:". Remix gives `meta` functions the
// loaders' data but not the action's; this hands them that one fact, in the server's
// render too, so the title says it without JavaScript. react-router-dom is pinned in
// package.json to the very version @remix-run/react uses: a second copy would hold another
// context object, and this would read nothing.
import { Meta } from "@remix-run/react";
import { useContext } from "react";
import { UNSAFE_DataRouterStateContext as RouterStateContext } from "react-router-dom";
import { formRefusedKey, isRefusal } from "~/utils/form-reply";
import { TranslationsWithoutRootData } from "~/utils/i18n";

export function PageMeta() {
  const state = useContext(RouterStateContext);
  const withoutRootData = useContext(TranslationsWithoutRootData);
  const refused = Object.values(state?.actionData ?? {}).some(isRefusal);
  if (!state || (!refused && !withoutRootData)) return <Meta />;
  // A page drawn without the root loader (app/utils/i18n.ts) is titled with what the server gave it instead.
  const root = (state.loaderData.root ?? withoutRootData) as Record<string, unknown> | undefined;
  const loaderData = { ...state.loaderData, root: { ...root, ...(refused ? { [formRefusedKey]: true } : {}) } };
  return (
    <RouterStateContext.Provider value={{ ...state, loaderData }}>
      <Meta />
    </RouterStateContext.Provider>
  );
}
