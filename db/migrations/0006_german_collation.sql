-- German sort order for names ("Bäckerei" before "Brauerei", "Filiale 2" before "Filiale 10"):
-- an ICU collation of our own, because the predefined "de-x-icu" exists on PostgreSQL built with
-- ICU but not in PGlite, while CREATE COLLATION with provider icu works on both. Without ICU
-- (a PostgreSQL built without it) the collation falls back to the database default, so every
-- query that says COLLATE german still runs, in code-point order. docs/decisions/0055.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'german' AND collnamespace = 'public'::regnamespace) THEN
    BEGIN
      -- ICU's own locale syntax: PGlite's ICU ignores the BCP 47 form 'de-u-kn-true' (numbers would
      -- sort as text), PostgreSQL 15+ reads both.
      CREATE COLLATION public.german (provider = icu, locale = 'de@colNumeric=yes');
    EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
      CREATE COLLATION public.german FROM pg_catalog."default";
    END;
  END IF;
END
$$;
