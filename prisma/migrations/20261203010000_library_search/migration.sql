-- The library's search (app/modules/search/): one search document per published entry and
-- language, kept by PostgreSQL itself, so no writer can forget to update it.
--
-- "LibrarySearchDocument" is derived data and is not in prisma/schema.prisma: Prisma has
-- no tsvector support (its issues 10386, 12343), the app never writes it, and only
-- app/modules/search reads it, with raw SQL. Triggers on "LibraryEntry" (publishing,
-- archiving), "LibraryRevision" (a published revision's facets), "LibraryText" (a
-- published revision's texts) and "Organisation" (its type) rebuild an entry's rows; a
-- deleted entry takes its rows with it (foreign key).

-- A composite GIN index over (language, document) needs btree operators inside GIN.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The text search configuration of a language (ISO 639-1): PostgreSQL's own stemming
-- for the portal's five languages, and 'simple' (no stemming, no stop words) for any
-- other. IMMUTABLE, so it can sit in an index expression and be folded into a plan.
CREATE FUNCTION portal_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT CASE language
      WHEN 'en' THEN 'pg_catalog.english'::regconfig
      WHEN 'fr' THEN 'pg_catalog.french'::regconfig
      WHEN 'it' THEN 'pg_catalog.italian'::regconfig
      WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
      WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
      ELSE 'pg_catalog.simple'::regconfig
    END
  $$;

CREATE TABLE "LibrarySearchDocument" (
  "entryId"          TEXT NOT NULL REFERENCES "LibraryEntry"("id") ON DELETE CASCADE,
  -- The language of the texts in this document (ISO 639-1).
  "language"         TEXT NOT NULL,
  -- The weakest origin among its fields: a single machine-translated field makes it 'machine'.
  "origin"           "TranslationOrigin" NOT NULL,
  "isOriginal"       BOOLEAN NOT NULL,
  -- The portal's languages whose readers are shown this document: its own language, and,
  -- for the original, every portal language the entry has no text in.
  "shownTo"          TEXT[] NOT NULL,
  -- Title A, summary B, body C, easy-read, target group and outcomes D; folded text
  -- (portal_search_fold), with the language's configuration.
  "document"         tsvector NOT NULL,
  "revisionId"       TEXT NOT NULL,
  "organisationId"   TEXT NOT NULL,
  "kind"             TEXT NOT NULL,
  "themes"           TEXT[] NOT NULL,
  "audiences"        TEXT[] NOT NULL,
  "countryCode"      TEXT,
  "organisationType" TEXT NOT NULL,
  "visibility"       TEXT NOT NULL,
  "settings"         TEXT[] NOT NULL,
  "evidence"         TEXT,
  "hostsVisitors"    BOOLEAN NOT NULL,
  "serviceLanguages" TEXT[] NOT NULL,
  "firstPublishedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "LibrarySearchDocument_pkey" PRIMARY KEY ("entryId", "language")
);

-- A search in one language is one lookup in this index (the language's posting list
-- intersected with the words'), rather than a scan of every language's matches; the facet
-- columns after them let a filtered search intersect its filters in the index too, instead
-- of reading every match from the table to check them (from 170 to 17 ms for a common
-- word with two filters at 100,000 entries, bench/search.ts).
CREATE INDEX "LibrarySearchDocument_language_document_idx" ON "LibrarySearchDocument" USING GIN
  ("language", "document", "kind", "countryCode", "organisationType", "evidence", "themes", "audiences", "settings");
-- Browsing (no words typed) and broad searches list newest first.
CREATE INDEX "LibrarySearchDocument_browse_idx" ON "LibrarySearchDocument" ("firstPublishedAt" DESC, "entryId" DESC);

-- Rebuilds the documents of these entries from their published revision: none for an
-- entry unpublished or archived, else one per language in which it has a title.
CREATE FUNCTION library_search_rebuild(entry_ids text[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    -- Most writes (a draft's texts) concern no published entry.
    IF cardinality(entry_ids) = 0 THEN RETURN; END IF;
    DELETE FROM "LibrarySearchDocument" WHERE "entryId" = ANY(entry_ids);
    INSERT INTO "LibrarySearchDocument" (
      "entryId", "language", "origin", "isOriginal", "shownTo", "document", "revisionId",
      "organisationId", "kind", "themes", "audiences", "countryCode", "organisationType",
      "visibility", "settings", "evidence", "hostsVisitors", "serviceLanguages", "firstPublishedAt")
    SELECT e."id", t."language",
      t."origin",
      t."language" = e."originalLanguage",
      CASE WHEN t."language" = e."originalLanguage"
        THEN ARRAY(SELECT portal FROM unnest(ARRAY['en', 'fr', 'it', 'es', 'sv']) AS portal
                   WHERE portal = t."language" OR portal <> ALL(t."languages"))
        ELSE ARRAY[t."language"] END,
      t."document", r."id", e."organisationId", e."kind"::text,
      -- Each value once, so a facet never counts an entry twice.
      ARRAY(SELECT DISTINCT v FROM unnest(r."themes") v), ARRAY(SELECT DISTINCT v FROM unnest(r."audiences") v), r."countryCode",
      o."type"::text, r."visibility"::text, ARRAY(SELECT DISTINCT v::text FROM unnest(r."settings") v), r."evidence"::text,
      r."hostsVisitors", ARRAY(SELECT DISTINCT v FROM unnest(r."serviceLanguages") v),
      COALESCE(e."firstPublishedAt", r."decidedAt", e."createdAt")
    FROM "LibraryEntry" e
    JOIN "LibraryRevision" r ON r."id" = e."publishedRevisionId"
    JOIN "Organisation" o ON o."id" = e."organisationId"
    CROSS JOIN LATERAL (
      SELECT x."language",
        CASE WHEN bool_or(x."origin" = 'machine') THEN 'machine'::"TranslationOrigin"
             WHEN bool_or(x."origin" = 'human') THEN 'human'::"TranslationOrigin"
             ELSE 'original'::"TranslationOrigin" END AS "origin",
        setweight(to_tsvector(portal_search_config(x."language"), portal_search_fold(string_agg(x."text", ' ') FILTER (WHERE x."field" = 'title'))), 'A')
          || setweight(to_tsvector(portal_search_config(x."language"), COALESCE(portal_search_fold(string_agg(x."text", ' ') FILTER (WHERE x."field" = 'summary')), '')), 'B')
          || setweight(to_tsvector(portal_search_config(x."language"), COALESCE(portal_search_fold(string_agg(x."text", ' ') FILTER (WHERE x."field" = 'body')), '')), 'C')
          || setweight(to_tsvector(portal_search_config(x."language"), COALESCE(portal_search_fold(string_agg(x."text", ' ') FILTER (WHERE x."field" IN ('easy_read', 'target_group', 'outcomes'))), '')), 'D')
          AS "document",
        (SELECT array_agg(DISTINCT y."language") FROM "LibraryText" y WHERE y."revisionId" = r."id" AND y."field" = 'title') AS "languages"
      FROM "LibraryText" x
      WHERE x."revisionId" = r."id"
      GROUP BY x."language"
      HAVING bool_or(x."field" = 'title')
    ) t
    WHERE e."id" = ANY(entry_ids) AND e."archivedAt" IS NULL;
  END
  $$;

CREATE FUNCTION library_search_entry_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM library_search_rebuild(ARRAY[NEW."id"]);
    RETURN NULL;
  END
  $$;

-- Only when what the documents are made from changes: creating a draft entry, or touching
-- its updatedAt, costs nothing.
CREATE TRIGGER "LibraryEntry_search_insert" AFTER INSERT
  ON "LibraryEntry" FOR EACH ROW WHEN (NEW."publishedRevisionId" IS NOT NULL)
  EXECUTE FUNCTION library_search_entry_changed();

CREATE TRIGGER "LibraryEntry_search_update" AFTER UPDATE OF "publishedRevisionId", "archivedAt", "organisationId", "kind", "originalLanguage", "firstPublishedAt"
  ON "LibraryEntry" FOR EACH ROW
  WHEN ((OLD."publishedRevisionId", OLD."archivedAt", OLD."organisationId", OLD."kind", OLD."originalLanguage", OLD."firstPublishedAt")
    IS DISTINCT FROM (NEW."publishedRevisionId", NEW."archivedAt", NEW."organisationId", NEW."kind", NEW."originalLanguage", NEW."firstPublishedAt"))
  EXECUTE FUNCTION library_search_entry_changed();

-- A published revision's facets and texts are not meant to change once published; if one
-- does, its entry is rebuilt (one lookup through the unique "publishedRevisionId" when
-- the revision is not a published one, which is every write while an entry is edited).
CREATE FUNCTION library_search_revision_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM library_search_rebuild(ARRAY(SELECT "id" FROM "LibraryEntry" WHERE "publishedRevisionId" = NEW."id"));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "LibraryRevision_search" AFTER UPDATE OF "visibility", "themes", "audiences", "countryCode", "settings", "evidence", "serviceLanguages", "hostsVisitors"
  ON "LibraryRevision" FOR EACH ROW EXECUTE FUNCTION library_search_revision_changed();

CREATE FUNCTION library_search_text_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    revision_ids text[];
  BEGIN
    IF TG_OP = 'DELETE' THEN revision_ids := ARRAY[OLD."revisionId"];
    ELSIF TG_OP = 'UPDATE' THEN revision_ids := ARRAY[OLD."revisionId", NEW."revisionId"];
    ELSE revision_ids := ARRAY[NEW."revisionId"];
    END IF;
    PERFORM library_search_rebuild(ARRAY(SELECT "id" FROM "LibraryEntry" WHERE "publishedRevisionId" = ANY(revision_ids)));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "LibraryText_search" AFTER INSERT OR UPDATE OR DELETE
  ON "LibraryText" FOR EACH ROW EXECUTE FUNCTION library_search_text_changed();

-- Every entry of the organisation is locked first, published or not: an entry being
-- published in a transaction not yet committed is invisible here, and would keep the old
-- type once it commits. The lock waits for that transaction, and the rebuild then sees
-- its entry published. (No cycle: an entry's own rebuild reads the organisation without
-- locking it, and this one rebuilds after it.)
CREATE FUNCTION library_search_organisation_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM library_search_rebuild(ARRAY(
      SELECT "id" FROM "LibraryEntry" WHERE "organisationId" = NEW."id" ORDER BY "id" FOR UPDATE));
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Organisation_library_search" AFTER UPDATE OF "type"
  ON "Organisation" FOR EACH ROW WHEN (OLD."type" IS DISTINCT FROM NEW."type")
  EXECUTE FUNCTION library_search_organisation_changed();
