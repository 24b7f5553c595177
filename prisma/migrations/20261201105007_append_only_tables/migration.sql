-- Append-only tables, made the same way every time (app/mechanisms/signatures/README.md).
--
--   SELECT make_append_only('"Table"', ARRAY['column', ...]);
--
-- installs triggers that refuse every UPDATE, DELETE and TRUNCATE of the table, with one
-- exception: an update that blanks all the named columns (erasing a person) and leaves
-- every other column as it was. "Blank" is NULL for a column that allows it, else ''.
-- This replaces the two hand-written triggers of the audit log and Charter signatures,
-- with the same behaviour (and Charter signatures now refuse TRUNCATE too).

-- The trigger. Its arguments come in pairs: a blankable column and its blank value as
-- JSON ('null' or '""'), worked out once by make_append_only.
CREATE FUNCTION "append_only_guard"() RETURNS trigger AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
  i integer := 0;
BEGIN
  IF TG_OP = 'UPDATE' AND TG_NARGS > 0 THEN
    old_row := to_jsonb(OLD);
    new_row := to_jsonb(NEW);
    WHILE i < TG_NARGS LOOP
      IF (new_row -> TG_ARGV[i]) IS DISTINCT FROM TG_ARGV[i + 1]::jsonb THEN
        RAISE EXCEPTION '% is append-only: % can only be blanked', TG_TABLE_NAME, TG_ARGV[i];
      END IF;
      old_row := old_row - TG_ARGV[i];
      new_row := new_row - TG_ARGV[i];
      i := i + 2;
    END LOOP;
    IF new_row = old_row THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "make_append_only"("target" regclass, "blankable_columns" text[] DEFAULT '{}') RETURNS void AS $$
DECLARE
  table_name text;
  column_name text;
  column_not_null boolean;
  column_type regtype;
  arguments text[] := '{}';
BEGIN
  SELECT relname INTO table_name FROM pg_class WHERE oid = "target";
  FOREACH column_name IN ARRAY "blankable_columns" LOOP
    SELECT attnotnull, atttypid::regtype INTO column_not_null, column_type
      FROM pg_attribute WHERE attrelid = "target" AND attname = column_name AND attnum > 0 AND NOT attisdropped;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'make_append_only: % has no column %', "target", column_name;
    END IF;
    IF column_not_null AND column_type NOT IN ('text'::regtype, 'character varying'::regtype) THEN
      RAISE EXCEPTION 'make_append_only: %.% is neither nullable nor text, so it cannot be blanked', "target", column_name;
    END IF;
    arguments := arguments || column_name || CASE WHEN column_not_null THEN '""' ELSE 'null' END;
  END LOOP;
  EXECUTE format(
    'CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION "append_only_guard"(%s)',
    table_name || '_append_only', "target",
    (SELECT coalesce(string_agg(quote_literal(argument), ', '), '') FROM unnest(arguments) AS argument)
  );
  EXECUTE format(
    'CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION "append_only_guard"()',
    table_name || '_no_truncate', "target"
  );
END;
$$ LANGUAGE plpgsql;

-- The audit log: the IP address is blanked when its person erases their account.
DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
DROP TRIGGER "AuditEvent_no_truncate" ON "AuditEvent";
DROP FUNCTION "audit_event_append_only"();
SELECT make_append_only('"AuditEvent"', ARRAY['ipAddress']);

-- Charter signatures: the signatory's account, name and title are blanked on erasure.
DROP TRIGGER "CharterSignature_append_only" ON "CharterSignature";
DROP FUNCTION "charter_signature_append_only"();
SELECT make_append_only('"CharterSignature"', ARRAY['signatoryId', 'signatoryName', 'signatoryTitle']);
