-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('PROSPECTIVE', 'RETROSPECTIVE', 'TRANSFER', 'RENEWAL');

-- CreateEnum
CREATE TYPE "RetrospectiveReason" AS ENUM ('MEDICAID_PICKUP_DATE_IN_PAST', 'LOC_NEVER_SUBMITTED_SINCE_ADMISSION');

-- AlterTable
ALTER TABLE "LevelOfCareDetermination" ADD COLUMN     "assessmentId" UUID,
ADD COLUMN     "county" TEXT,
ADD COLUMN     "determinedByOrganisationId" TEXT,
ADD COLUMN     "medicaidId" TEXT,
ADD COLUMN     "pasrrRequirementsMetOn" DATE,
ADD COLUMN     "retrospectiveReason" "RetrospectiveReason",
ADD COLUMN     "reviewKind" "ReviewKind" NOT NULL DEFAULT 'PROSPECTIVE',
ADD COLUMN     "supersedesId" UUID,
ADD COLUMN     "supersessionReason" TEXT,
ADD COLUMN     "transferDate" DATE;

-- CreateTable
CREATE TABLE "LevelOfCareNotice" (
    "id" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "issuedOn" DATE NOT NULL,
    "appealDeadline" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOfCareNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelOfCareNotice_determinationId_idx" ON "LevelOfCareNotice"("determinationId");

-- CreateIndex
CREATE UNIQUE INDEX "LevelOfCareDetermination_supersedesId_key" ON "LevelOfCareDetermination"("supersedesId");

-- AddForeignKey
ALTER TABLE "LevelOfCareDetermination" ADD CONSTRAINT "LevelOfCareDetermination_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "LevelOfCareAssessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelOfCareDetermination" ADD CONSTRAINT "LevelOfCareDetermination_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "LevelOfCareDetermination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelOfCareNotice" ADD CONSTRAINT "LevelOfCareNotice_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "LevelOfCareDetermination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
