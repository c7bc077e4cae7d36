-- CreateEnum
CREATE TYPE "IndividualStatus" AS ENUM ('ACTIVE', 'MERGED');

-- CreateTable
CREATE TABLE "Individual" (
    "id" UUID NOT NULL,
    "givenName" TEXT NOT NULL,
    "middleName" TEXT,
    "familyName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "county" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "status" "IndividualStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Individual_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Individual_familyName_givenName_birthDate_idx" ON "Individual"("familyName", "givenName", "birthDate");
