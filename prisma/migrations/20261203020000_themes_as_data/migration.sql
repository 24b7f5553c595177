-- The theme taxonomy becomes data (issue 11): until now a constant in
-- app/modules/taxonomy/themes.ts with its labels in locales/<lang>/themes.json. Coordinators
-- add themes and rename them; a theme key never changes, because organisations, experts and
-- library entries store keys (String[]), which stay as they are. The 15 themes of the
-- constant are seeded here in its order, with their names in the five portal languages
-- copied from locales/*/themes.json, so every database (and production) has them.
-- A position is unique: a new theme goes last (the adding transaction holds a lock).
-- A name is unique per language whatever its case, so two themes never read the same in a
-- filter; the page checks first and says so, this index is the backstop.

-- CreateTable
CREATE TABLE "Theme" (
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ThemeName" (
    "themeKey" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ThemeName_pkey" PRIMARY KEY ("themeKey","language")
);

-- CreateIndex
CREATE UNIQUE INDEX "Theme_position_key" ON "Theme"("position");

-- Not expressible in schema.prisma: one name per language, case ignored.
CREATE UNIQUE INDEX "ThemeName_language_name_key" ON "ThemeName"("language", lower("name"));

-- AddForeignKey
ALTER TABLE "ThemeName" ADD CONSTRAINT "ThemeName_themeKey_fkey" FOREIGN KEY ("themeKey") REFERENCES "Theme"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- The taxonomy as it was in code.
INSERT INTO "Theme" ("key", "position") VALUES
  ('whole-life-recovery', 1),
  ('community-mental-health-development', 2),
  ('deinstitutionalisation', 3),
  ('crisis-response', 4),
  ('housing', 5),
  ('work-and-education', 6),
  ('peer-support', 7),
  ('hearing-voices', 8),
  ('human-rights', 9),
  ('advocacy', 10),
  ('anti-stigma', 11),
  ('children-and-young-people', 12),
  ('families-and-carers', 13),
  ('management-of-change', 14),
  ('co-production', 15);

INSERT INTO "ThemeName" ("themeKey", "language", "name") VALUES
  ('whole-life-recovery', 'en', 'Whole-life recovery'),
  ('whole-life-recovery', 'fr', 'Rétablissement dans tous les domaines de la vie'),
  ('whole-life-recovery', 'it', 'Recovery in tutti gli ambiti della vita'),
  ('whole-life-recovery', 'es', 'Recuperación en todos los ámbitos de la vida'),
  ('whole-life-recovery', 'sv', 'Återhämtning i livets alla delar'),
  ('community-mental-health-development', 'en', 'Community mental health development'),
  ('community-mental-health-development', 'fr', 'Développement de la santé mentale communautaire'),
  ('community-mental-health-development', 'it', 'Sviluppo della salute mentale di comunità'),
  ('community-mental-health-development', 'es', 'Desarrollo de la salud mental comunitaria'),
  ('community-mental-health-development', 'sv', 'Utveckling av samhällsbaserat arbete med psykisk hälsa'),
  ('deinstitutionalisation', 'en', 'Deinstitutionalisation'),
  ('deinstitutionalisation', 'fr', 'Désinstitutionnalisation'),
  ('deinstitutionalisation', 'it', 'Deistituzionalizzazione'),
  ('deinstitutionalisation', 'es', 'Desinstitucionalización'),
  ('deinstitutionalisation', 'sv', 'Avinstitutionalisering'),
  ('crisis-response', 'en', 'Crisis response'),
  ('crisis-response', 'fr', 'Réponse aux crises'),
  ('crisis-response', 'it', 'Risposta alla crisi'),
  ('crisis-response', 'es', 'Respuesta a las crisis'),
  ('crisis-response', 'sv', 'Krisstöd'),
  ('housing', 'en', 'Housing'),
  ('housing', 'fr', 'Logement'),
  ('housing', 'it', 'Abitare'),
  ('housing', 'es', 'Vivienda'),
  ('housing', 'sv', 'Boende'),
  ('work-and-education', 'en', 'Work and education'),
  ('work-and-education', 'fr', 'Travail et formation'),
  ('work-and-education', 'it', 'Lavoro e formazione'),
  ('work-and-education', 'es', 'Trabajo y formación'),
  ('work-and-education', 'sv', 'Arbete och utbildning'),
  ('peer-support', 'en', 'Peer support'),
  ('peer-support', 'fr', 'Pair-aidance'),
  ('peer-support', 'it', 'Supporto tra pari'),
  ('peer-support', 'es', 'Apoyo entre iguales'),
  ('peer-support', 'sv', 'Kamratstöd'),
  ('hearing-voices', 'en', 'Hearing voices'),
  ('hearing-voices', 'fr', 'Entente de voix'),
  ('hearing-voices', 'it', 'Udire le voci'),
  ('hearing-voices', 'es', 'Escuchar voces'),
  ('hearing-voices', 'sv', 'Att höra röster'),
  ('human-rights', 'en', 'Human rights'),
  ('human-rights', 'fr', 'Droits humains'),
  ('human-rights', 'it', 'Diritti umani'),
  ('human-rights', 'es', 'Derechos humanos'),
  ('human-rights', 'sv', 'Mänskliga rättigheter'),
  ('advocacy', 'en', 'Advocacy'),
  ('advocacy', 'fr', 'Plaidoyer'),
  ('advocacy', 'it', 'Advocacy e tutela dei diritti'),
  ('advocacy', 'es', 'Defensa de derechos'),
  ('advocacy', 'sv', 'Påverkansarbete'),
  ('anti-stigma', 'en', 'Anti-stigma'),
  ('anti-stigma', 'fr', 'Lutte contre la stigmatisation'),
  ('anti-stigma', 'it', 'Lotta allo stigma'),
  ('anti-stigma', 'es', 'Lucha contra el estigma'),
  ('anti-stigma', 'sv', 'Arbete mot stigma'),
  ('children-and-young-people', 'en', 'Children and young people'),
  ('children-and-young-people', 'fr', 'Enfants et jeunes'),
  ('children-and-young-people', 'it', 'Bambini e giovani'),
  ('children-and-young-people', 'es', 'Infancia y juventud'),
  ('children-and-young-people', 'sv', 'Barn och unga'),
  ('families-and-carers', 'en', 'Families and carers'),
  ('families-and-carers', 'fr', 'Familles et proches aidants'),
  ('families-and-carers', 'it', 'Famiglie e caregiver'),
  ('families-and-carers', 'es', 'Familias y personas cuidadoras'),
  ('families-and-carers', 'sv', 'Familjer och anhöriga'),
  ('management-of-change', 'en', 'Management of change'),
  ('management-of-change', 'fr', 'Conduite du changement'),
  ('management-of-change', 'it', 'Gestione del cambiamento'),
  ('management-of-change', 'es', 'Gestión del cambio'),
  ('management-of-change', 'sv', 'Förändringsledning'),
  ('co-production', 'en', 'Co-production'),
  ('co-production', 'fr', 'Coproduction'),
  ('co-production', 'it', 'Coproduzione'),
  ('co-production', 'es', 'Coproducción'),
  ('co-production', 'sv', 'Samskapande');
