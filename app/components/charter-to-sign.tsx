import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import type { Language } from "~/utils/languages";
import { TranslatedText } from "./translated-text";

export type CharterToSign = {
  versionId: string;
  number: number;
  language: string;
  title: string;
  body: string;
  origin: "original" | "machine" | "human";
  isFallback: boolean;
  sha256: string;
};

/**
 * The Charter text a signatory reads, with the hidden fields that bind the signature to
 * exactly this text (version, language, SHA-256).
 */
export function CharterText({ charter, reader }: { charter: CharterToSign; reader: Language }) {
  const { t } = useTranslation("membership");
  return (
    <>
      {/* Focusable so the keyboard can scroll the text. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="charter-box prose" role="region" aria-label={t("charter.textLabel", { number: charter.number })} tabIndex={0}>
        <TranslatedText reader={reader} shownLanguage={charter.language} isFallback={charter.isFallback} origin={charter.origin}>
          <h2 lang={charter.language}>{charter.title}</h2>
          <div lang={charter.language}>
            <Markdown>{charter.body}</Markdown>
          </div>
        </TranslatedText>
      </div>
      <p className="muted">
        {t("charter.hashNote")} <code>{charter.sha256}</code>
      </p>
      <input type="hidden" name="charterVersionId" value={charter.versionId} />
      <input type="hidden" name="charterLanguage" value={charter.language} />
      <input type="hidden" name="charterSha256" value={charter.sha256} />
    </>
  );
}
