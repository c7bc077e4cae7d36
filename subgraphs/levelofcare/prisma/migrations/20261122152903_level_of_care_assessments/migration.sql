-- CreateEnum
CREATE TYPE "AssessmentInstrument" AS ENUM ('ULTC_100_2', 'CSA');

-- CreateTable
CREATE TABLE "LevelOfCareAssessment" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "instrument" "AssessmentInstrument" NOT NULL,
    "assessedOn" DATE NOT NULL,
    "county" TEXT NOT NULL,
    "assessorOrganisationId" TEXT NOT NULL,
    "responses" JSONB NOT NULL,
    "meetsNursingFacilityLevelOfCare" BOOLEAN NOT NULL,
    "findings" JSONB NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOfCareAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelOfCareAssessment_individualId_idx" ON "LevelOfCareAssessment"("individualId");
