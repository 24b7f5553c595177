// The organisers' allotments: a table of what each allotment keeps and how much of it is
// used, then one form with a row per allotment (keep, change the places or the date,
// release now, remove) and blank rows to add one, so it works without JavaScript. Dates
// are typed and shown at the venue, labelled with its zone. The server decides
// (setAllotments); a refused form comes back with what was typed.
import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { FieldErrors, FormErrors } from "~/components/forms";
import { allotmentChanges, allotmentField, blankAllotmentRows, membersPool } from "~/modules/events/allotment.schemas";
import { formatNumber } from "~/utils/format";
import type { FormReply } from "~/utils/form-reply";
import type { Language } from "~/utils/languages";

type Allotment = { key: string; organisationName: string | null; places: number; used: number; released: boolean; releasesAt: string; releasesOn: string };
type Candidate = { id: string; name: string; inGoodStanding: boolean };

export function AllotmentsSection({
  language,
  event,
  allotments,
  candidates,
  reply,
}: {
  language: Language;
  event: { timeZone: string; capacity: number; held: number; free: number };
  allotments: Allotment[];
  candidates: Candidate[];
  reply: FormReply | undefined;
}) {
  const { t } = useTranslation("registration");
  const rows = allotments.length + blankAllotmentRows;
  const defaultValue: Record<string, string> = {};
  allotments.forEach((allotment, row) => {
    defaultValue[allotmentField(row, "organisation")] = allotment.key;
    defaultValue[allotmentField(row, "places")] = String(allotment.places);
    defaultValue[allotmentField(row, "releasesAt")] = allotment.releasesAt;
    defaultValue[allotmentField(row, "change")] = "keep";
  });
  const [form, fields] = useForm<Record<string, string>>({ id: "allotments", lastResult: reply?.result, defaultValue, shouldValidate: "onSubmit" });
  const nameOf = (allotment: Allotment) => allotment.organisationName ?? t("allotments.pool");
  const rowLabel = (row: number) => (row < allotments.length ? nameOf(allotments[row]!) : t("allotments.newRow", { number: formatNumber(row - allotments.length + 1, language) }));
  const labels: Record<string, string> = {};
  for (let row = 0; row < rows; row++) {
    for (const name of ["organisation", "places", "releasesAt", "change"] as const) {
      labels[allotmentField(row, name)] = t("allotments.rowField", { row: rowLabel(row), field: t(`allotments.fields.${name}`, { zone: event.timeZone }) });
    }
  }
  const field = (row: number, name: Parameters<typeof allotmentField>[1]) => fields[allotmentField(row, name)] as FieldMetadata<string | undefined>;
  const zoneLabel = t("allotments.fields.releasesAt", { zone: event.timeZone });
  return (
    <section aria-labelledby="allotments-title">
      <h2 id="allotments-title">{t("allotments.title")}</h2>
      <p>{t("allotments.intro")}</p>
      {allotments.length === 0 ? (
        <p>{t("allotments.none")}</p>
      ) : (
        <DataTable caption={t("allotments.title")} columns={[t("allotments.organisation"), t("allotments.places"), t("allotments.used"), t("allotments.releaseDate"), t("allotments.state")]}>
          {allotments.map((allotment) => (
            <tr key={allotment.key}>
              <td>{nameOf(allotment)}</td>
              <td>{formatNumber(allotment.places, language)}</td>
              <td>{formatNumber(allotment.used, language)}</td>
              <td>{allotment.releasesOn}</td>
              <td>{allotment.released ? t("allotments.released") : t("allotments.held")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Form method="post" {...getFormProps(form)} className="allotments-form">
        <h3>{t("allotments.formTitle")}</h3>
        <p className="field-hint">{t("allotments.formHint", { zone: event.timeZone })}</p>
        <FormErrors form={form} labels={labels} error={reply?.error} />
        <input type="hidden" name="intent" value="allotments" />
        <input type="hidden" name="rows" value={rows} />
        {allotments.map((allotment, row) => (
          <fieldset key={allotment.key} className="allotment-row">
            <legend>{nameOf(allotment)}</legend>
            <input type="hidden" name={allotmentField(row, "organisation")} value={allotment.key} />
            {allotment.released ? (
              <p>{t("allotments.releasedOn", { date: allotment.releasesOn, places: formatNumber(allotment.places, language) })}</p>
            ) : (
              <>
                <NumberField field={field(row, "places")} label={t("allotments.fields.places")} />
                <DateField field={field(row, "releasesAt")} label={zoneLabel} />
              </>
            )}
            <div className="field">
              <label htmlFor={field(row, "change").id}>{t("allotments.fields.change")}</label>
              <select {...selectProps(field(row, "change"))}>
                {allotmentChanges
                  .filter((change) => !(allotment.released && change === "release"))
                  .map((change) => (
                    <option key={change} value={change}>
                      {t(`allotments.changes.${change}`)}
                    </option>
                  ))}
              </select>
              <FieldErrors id={field(row, "change").errorId} errors={field(row, "change").errors} />
            </div>
          </fieldset>
        ))}
        {Array.from({ length: blankAllotmentRows }, (_, index) => allotments.length + index).map((row) => (
          <fieldset key={`new-${row}`} className="allotment-row">
            <legend>{rowLabel(row)}</legend>
            <div className="field">
              <label htmlFor={field(row, "organisation").id}>{t("allotments.fields.organisation")}</label>
              <select {...selectProps(field(row, "organisation"))}>
                <option value="">{t("allotments.noneChosen")}</option>
                <option value={membersPool}>{t("allotments.pool")}</option>
                {candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.inGoodStanding ? candidate.name : t("allotments.notInGoodStanding", { name: candidate.name })}
                  </option>
                ))}
              </select>
              <FieldErrors id={field(row, "organisation").errorId} errors={field(row, "organisation").errors} />
            </div>
            <NumberField field={field(row, "places")} label={t("allotments.fields.places")} />
            <DateField field={field(row, "releasesAt")} label={zoneLabel} />
          </fieldset>
        ))}
        <button type="submit">{t("allotments.save")}</button>
      </Form>
    </section>
  );
}

function selectProps(field: FieldMetadata<string | undefined>) {
  const { key: _key, ...props } = getSelectProps(field);
  return props;
}

function NumberField({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const { key, ...props } = getInputProps(field, { type: "number" });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input key={key} {...props} min={1} max={10000} inputMode="numeric" />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

function DateField({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const { key, ...props } = getInputProps(field, { type: "datetime-local" });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input key={key} {...props} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}
