// The library's review loop in French: an editor writes a service description and submits
// it; a coordinator sends it back with notes; the editor reads them, fixes the entry and
// submits again; the coordinator approves. axe on each page on the way.
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, say as sayIn, t } from "./utils";

const say = (key: string, values: Record<string, string> = {}) => sayIn("fr", "library", key, values);
const library = "/fr/organisations/trieste-mental-health-department/library";

test("an editor writes and submits, a coordinator sends back with notes, then approves the fixed entry (fr)", async ({ signedInPage }) => {
  test.setTimeout(180_000);
  const title = `Équipe mobile de crise ${Date.now()}`;
  const editor = await signedInPage("trieste-editor");
  const coordinator = await signedInPage("coordinator");

  // The editor writes a service description.
  await editor.goto(library);
  await expectNoAxeViolations(editor);
  await editor.getByRole("link", { name: say("list.new") }).click();
  await editor.getByLabel(say("kinds.service_description"), { exact: true }).check();
  await editor.getByRole("button", { name: say("new.continue") }).click();
  await expect(editor.getByLabel(say("fields.targetGroup"))).toBeVisible();
  await expectNoAxeViolations(editor);
  // A refused form says what is missing and keeps what was typed.
  await editor.getByLabel(say("fields.title"), { exact: true }).fill(title);
  await editor.getByRole("button", { name: say("new.create") }).click();
  await expect(editor.getByRole("alert").first()).toBeVisible();
  await expect(editor.getByLabel(say("fields.title"), { exact: true })).toHaveValue(title);
  await editor.getByLabel(say("fields.summary"), { exact: true }).fill("Une équipe qui se déplace à domicile en cas de crise.");
  await editor.getByLabel(say("fields.body"), { exact: true }).fill("## Comment\n\nDeux professionnels et un pair-aidant, **24 h sur 24**.");
  await editor.getByLabel(say("fields.targetGroup")).fill("Adultes en crise et leurs proches");
  await editor.getByLabel(say("settings.home"), { exact: true }).check();
  await editor.getByRole("button", { name: say("new.create") }).click();
  await expect(editor.getByText(say("edit.notices.created"))).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(editor);
  const entryPage = editor.url().replace(/\?.*$/, "");
  await editor.getByRole("button", { name: say("edit.submit") }).click();
  await expect(editor.getByText(say("edit.notices.submitted"))).toBeVisible();
  await expect(editor.getByText(say("edit.inReview"))).toBeVisible();

  // The coordinator sends it back with notes.
  await coordinator.goto("/fr/coordination/library");
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole("link", { name: title }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(coordinator.getByText("24 h sur 24")).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByLabel(say("review.sendBack")).check();
  await coordinator.getByRole("button", { name: say("review.decide") }).click();
  await expect(coordinator.getByRole("link", { name: t("fr", "forms", "errors.notesRequired") })).toBeVisible();
  await coordinator.getByLabel(say("fields.notes")).fill("Dites combien de temps l'équipe reste auprès de la personne.");
  await coordinator.getByRole("button", { name: say("review.decide") }).click();
  await expect(coordinator.getByText(say("queue.notices.sentBack"))).toBeVisible();

  // The editor reads the notes, fixes the entry and submits again.
  await editor.goto(entryPage);
  await expect(editor.getByRole("heading", { name: say("edit.notesHeading") })).toBeVisible();
  await expect(editor.getByText("Dites combien de temps l'équipe reste auprès de la personne.")).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.getByLabel(say("fields.outcomes")).fill("L'équipe reste jusqu'à trois semaines ; moins d'hospitalisations.");
  await editor.getByRole("button", { name: say("edit.save") }).click();
  await expect(editor.getByText(say("edit.notices.saved"))).toBeVisible();
  await editor.getByRole("button", { name: say("edit.submit") }).click();
  await expect(editor.getByText(say("edit.notices.submitted"))).toBeVisible();

  // The coordinator approves.
  await coordinator.goto("/fr/coordination/library");
  await coordinator.getByRole("link", { name: title }).click();
  await expect(coordinator.getByText("moins d'hospitalisations")).toBeVisible();
  await coordinator.getByLabel(say("review.approve")).check();
  await coordinator.getByRole("button", { name: say("review.decide") }).click();
  await expect(coordinator.getByText(say("queue.notices.approved"))).toBeVisible();
  await expect(coordinator.getByRole("link", { name: title })).toHaveCount(0);

  await editor.goto(library);
  await expect(editor.getByRole("row", { name: new RegExp(title) })).toContainText(say("statuses.published"));
  await expectNoAxeViolations(editor);
});
