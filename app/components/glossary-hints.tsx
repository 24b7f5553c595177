// The network glossary beside a translation: the agreed terms the original uses, each with
// the word to use in the translation's language, or (flagged) the ones a translation does
// not use, for its reviewer. Give it what glossaryHints or missingAgreedTerms returned
// (app/modules/glossary/glossary-check.server.ts); it shows nothing when the list is empty.
import { useTranslation } from "react-i18next";
import type { AgreedWord, GlossaryHint } from "~/modules/glossary/glossary-check";

export function GlossaryHints({
  hints,
  sourceLanguage,
  targetLanguage,
  flagged = false,
  id = flagged ? "glossary-missing" : "glossary-hints",
}: {
  hints: readonly GlossaryHint[];
  sourceLanguage: string;
  targetLanguage: string;
  /** The reviewer's variant: these terms are missing from the translation. */
  flagged?: boolean;
  id?: string;
}) {
  const { t } = useTranslation("glossary");
  if (hints.length === 0) return null;
  const headingId = `${id}-heading`;
  return (
    <div id={id} className={flagged ? "notice glossary-hints glossary-hints--missing" : "card glossary-hints"} role="group" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>{flagged ? t("hints.missingHeading", { count: hints.length }) : t("hints.heading")}</strong>
      </p>
      {flagged ? <p>{t("hints.missingIntro")}</p> : null}
      <ul>
        {hints.map((hint) => (
          <li key={hint.key}>
            <span lang={sourceLanguage}>{hint.source.word}</span> → <strong lang={targetLanguage}>{hint.target.word}</strong>
            <OtherForms word={hint.target} language={targetLanguage} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function OtherForms({ word, language }: { word: AgreedWord; language: string }) {
  const { t } = useTranslation("glossary");
  if (word.forms.length === 0) return null;
  return (
    <span className="muted">
      {" ("}
      {t("hints.also")} <span lang={language}>{word.forms.join(", ")}</span>
      {")"}
    </span>
  );
}
