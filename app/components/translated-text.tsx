import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";

/**
 * Stored text in whatever language it was picked in. Marks the language for screen
 * readers and tells the reader when it is not their language or is a machine translation.
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
  origin: "original" | "machine" | "human";
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {isFallback ? (
        <p className="notice" role="note">
          {t("translation.fallback", {
            wanted: languageName(reader, reader),
            shown: languageName(shownLanguage, reader),
          })}
        </p>
      ) : origin === "machine" ? (
        <p className="notice" role="note">
          {t("translation.machine")}
        </p>
      ) : null}
      <div lang={shownLanguage}>{children}</div>
    </>
  );
}
