// How long a registrant's answers are kept: before registering (the register page) and on
// their registration's page, where each kind says the day it will be erased, or was.
import { useTranslation } from "react-i18next";
import type { RetentionGroup } from "~/modules/events/retention-notice.server";
import { capitalise, formatList, formatNumber } from "~/utils/format";
import type { Language } from "~/utils/languages";

export function AnswerRetentionNotice({ groups, language, when }: { groups: RetentionGroup[]; language: Language; when: "beforeRegistering" | "registered" }) {
  const { t } = useTranslation("follow-up");
  if (groups.length === 0) return null;
  const what = (group: RetentionGroup) =>
    capitalise(
      formatList(
        [...group.standard.map((answer) => t(`retention.answers.${answer}`)), ...group.questions.map((question) => t("retention.question", { label: question.label }))],
        language,
      ),
      language,
    );
  const values = (group: RetentionGroup) => ({ what: what(group), date: group.date, count: group.days, formatted: formatNumber(group.days, language) });
  const line = (group: RetentionGroup, alone: boolean) => {
    const form = alone ? "all" : "item";
    if (when === "beforeRegistering") return t(`retention.before.${form}`, values(group));
    return t(`retention.after.${group.erased ? `${form}Erased` : form}`, values(group));
  };
  return (
    <section aria-labelledby="answer-retention-heading" className="answer-retention">
      <h2 id="answer-retention-heading">{t("retention.heading")}</h2>
      {groups.length === 1 ? (
        <p>{line(groups[0]!, true)}</p>
      ) : (
        <>
          <p>{t(when === "beforeRegistering" ? "retention.before.intro" : "retention.after.intro")}</p>
          <ul>
            {groups.map((group) => (
              <li key={`${group.erased}:${group.date}`}>{line(group, false)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t(when === "beforeRegistering" ? "retention.before.kept" : "retention.after.kept")}</p>
    </section>
  );
}
