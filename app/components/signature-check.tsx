// What a signature's verification page shows of the check itself, for every signed
// document (the Charter, an agreement's revision): the hash recorded at signing, the hash
// of the stored text computed now, and whether they are the same.
import { useTranslation } from "react-i18next";

export type SignatureCheckResult = { storedSha256: string; recomputedSha256: string | null; matches: boolean };

/** The two hashes, as rows of the page's <dl className="facts">. */
export function SignatureFingerprints({ check }: { check: SignatureCheckResult }) {
  const { t } = useTranslation("membership");
  return (
    <>
      <dt>{t("verify.stored")}</dt>
      <dd>
        <code>{check.storedSha256}</code>
      </dd>
      <dt>{t("verify.recomputed")}</dt>
      <dd>
        <code>{check.recomputedSha256 ?? "—"}</code>
      </dd>
    </>
  );
}

/** The verdict, announced. */
export function SignatureVerdict({ matches }: { matches: boolean }) {
  const { t } = useTranslation("membership");
  return (
    <p className={matches ? "notice" : "form-errors"} role="status">
      {matches ? t("verify.matches") : t("verify.differs")}
    </p>
  );
}
