-- Issue 21: about 12 percent of real referrals lack a given name, a family name or a birth date.
-- A record now needs only enough to identify a person (subgraphs/individuals/README.md), so
-- these three columns may be empty. Existing rows keep their values.
-- AlterTable
ALTER TABLE "Individual" ALTER COLUMN "givenName" DROP NOT NULL,
ALTER COLUMN "familyName" DROP NOT NULL,
ALTER COLUMN "birthDate" DROP NOT NULL;
