-- The member directory's search by name or city, accent- and case-insensitive:
-- "epsm lille" and "metropole" find "EPSM Lille Métropole".

-- Text as a search compares it: lower case (ICU, so every script), accents removed
-- (decomposed, then the combining marks dropped: é → e, ά → α) and the letters that do
-- not decompose (ø, ł, đ, ı, ß, œ, æ) spelled with their base letters. Applied both to
-- what is stored and to what a reader types, so the two sides fold the same way.
CREATE FUNCTION portal_search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT replace(replace(replace(translate(
      regexp_replace(normalize(lower(value COLLATE "und-x-icu"), NFD), '[\u0300-\u036f]', '', 'g'),
      'øłđı', 'oldi'), 'ß', 'ss'), 'œ', 'oe'), 'æ', 'ae')
  $$;

-- Every word of the name and the city, folded, kept up to date by PostgreSQL itself
-- and indexed, so a search is an index lookup rather than a scan of every member.
ALTER TABLE "Organisation" ADD COLUMN "searchWords" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, portal_search_fold("name") || ' ' || portal_search_fold("city"))) STORED;

CREATE INDEX "Organisation_searchWords_idx" ON "Organisation" USING GIN ("searchWords");
