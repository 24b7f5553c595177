// The organiser's choice of whether the event's participant list is published and for how
// many days after the event it stays up; registrants choose, each for themselves, who may
// see them on it. A refused form comes back with what was typed.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FieldErrors, FormErrors, TextField } from "~/components/forms";
import { maxListDays, participantListSchema } from "~/modules/events/participant-list.schemas";
import { formatNumber } from "~/utils/format";
import type { FormReply } from "~/utils/form-reply";
import type { Language } from "~/utils/languages";

export const participantListForm = "participant-list";

type ListFields = { published?: string; days: string };

export type ParticipantListState = { published: boolean; days: number; open: boolean; until: string };

export function ParticipantListSection({ language, eventId, list, reply }: { language: Language; eventId: string; list: ParticipantListState; reply: FormReply | undefined }) {
  const { t } = useTranslation("participants");
  // The fields as the form holds them: text, whatever the schema makes of them.
  const [form, fields] = useForm<ListFields, ListFields, string[]>({
    id: participantListForm,
    lastResult: reply?.result,
    defaultValue: { published: list.published ? "on" : undefined, days: String(list.days) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: participantListSchema as unknown as z.ZodType<ListFields> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: publishedKey, ...publishedProps } = getInputProps(fields.published, { type: "checkbox" });
  const state = list.open ? t("publish.stateOpen", { date: list.until }) : list.published ? t("publish.stateExpired", { date: list.until }) : t("publish.stateHidden");
  return (
    <section aria-labelledby="participant-list-title">
      <h2 id="participant-list-title">{t("publish.title")}</h2>
      <p>{t("publish.intro")}</p>
      <p>
        <strong>{state}</strong>
        {list.open ? (
          <>
            {" "}
            <Link to={`/${language}/events/${eventId}/participants`}>{t("publish.view")}</Link>
          </>
        ) : null}
      </p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="participantList" />
        <FormErrors form={form} labels={{ published: t("publish.published"), days: t("publish.days") }} error={reply?.error} />
        <div className="field">
          <label className="checkbox">
            <input key={publishedKey} {...publishedProps} /> {t("publish.published")}
          </label>
          <FieldErrors id={fields.published.errorId} errors={fields.published.errors} />
        </div>
        <TextField field={fields.days} label={t("publish.days")} type="number" hint={t("publish.daysHint", { max: formatNumber(maxListDays, language) })} />
        <button type="submit" className="button--secondary">
          {t("publish.save")}
        </button>
      </Form>
    </section>
  );
}
