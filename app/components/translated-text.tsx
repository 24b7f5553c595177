import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";
import type { StoredTranslation } from "~/mechanisms/translations/translations";

/**
 * Stored text in whatever language it was picked in. Marks the language for screen
 * readers and tells the reader when it is not their language, and whether it is a machine
 * or a person's translation. `isFallback` comes from pickTranslation
 * (app/mechanisms/translations/pick-translation.ts), the one fallback rule.
 */
export function TranslatedText({
  reader,
  shownLanguage,
  isFallback,
  origin,
  children,
}: {
  reader: Language;
  shownLanguage: string;
  isFallback: boolean;
  origin: StoredTranslation["origin"];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {isFallback || origin === "machine" ? (
        <p className="notice" role="note">
          {isFallback
            ? t("translation.fallback", {
                wanted: languageName(reader, reader),
                shown: languageName(shownLanguage, reader),
              })
            : null}
          {/* A fallback can be a machine translation too (when no original is stored). */}
          {isFallback && origin === "machine" ? " " : null}
          {origin === "machine" ? t("translation.machine") : null}
        </p>
      ) : origin === "human" ? (
        <p className="muted" role="note">
          {t("translation.human")}
        </p>
      ) : null}
      <div lang={shownLanguage}>{children}</div>
    </>
  );
}
