-- DropIndex
DROP INDEX "BlockingKey_individualId_idx";

-- DropIndex
DROP INDEX "Individual_familyName_givenName_birthDate_idx";
