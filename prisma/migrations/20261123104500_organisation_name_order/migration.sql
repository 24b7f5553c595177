-- Sort organisation names as people read them (accents, case and scripts in their
-- natural places: "Ärlig" next to "Arlig", not after "Zeta"), not by byte value.
-- Prisma's schema language cannot express a column collation; it is set here only.
ALTER TABLE "Organisation" ALTER COLUMN "name" SET DATA TYPE TEXT COLLATE "und-x-icu";
