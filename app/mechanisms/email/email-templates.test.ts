import { expect, test } from "vitest";
import { renderEmail } from "./email-templates.server";

test("an Italian rejection opens 'Gentile …,' and closes formally, and any organisation's name reads right", async () => {
  const mail = await renderEmail("it", "applicationRejected", "giulia@example.org", {
    name: "Giulia",
    organisation: "Il Faro",
    reason: "Manca la firma della Carta.",
  });
  const paragraphs = mail.text.split("\n\n");
  expect(paragraphs[0]).toBe("Gentile Giulia,");
  expect(paragraphs[1]).toBe("per il momento il coordinamento della rete non ha potuto approvare la candidatura dell'organizzazione Il Faro.");
  expect(mail.text).toContain("Cordiali saluti,\nLa Rete per la salute mentale di comunità");
});

test("a French invitation names the role in quotes, so 'en tant que administrateur' cannot happen", async () => {
  const mail = await renderEmail("fr", "invitation", "anne@example.org", {
    organisation: "Association Le Relais",
    role: "administrateur / administratrice",
    link: "https://portal.example.org/fr/invitation?token=x",
  });
  expect(mail.text).toContain("avec le rôle «\u202fadministrateur / administratrice\u202f».");
  expect(mail.text).not.toMatch(/en tant que/);
});
