// A word-level comparison (app/utils/word-diff.ts) in <ins> and <del> that also say
// "added" and "removed" in words, so it reads without colour and with a screen reader.
// "[added:" and "]" are in the page's language, inside a text in the compared one.
import { useTranslation } from "react-i18next";
import type { DiffPart } from "~/utils/word-diff";

export function WordDiff({ parts, uiLanguage }: { parts: DiffPart[]; uiLanguage: string }) {
  const { t } = useTranslation("library-reading");
  return (
    <p className="diff pre-line">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={index}>
            <span className="diff-marker" lang={uiLanguage}>{t("comparison.addedStart")} </span>
            {part.text}
            <span className="diff-marker" lang={uiLanguage}>{t("comparison.end")}</span>
          </ins>
        ) : (
          <del key={index}>
            <span className="diff-marker" lang={uiLanguage}>{t("comparison.removedStart")} </span>
            {part.text}
            <span className="diff-marker" lang={uiLanguage}>{t("comparison.end")}</span>
          </del>
        ),
      )}
    </p>
  );
}
