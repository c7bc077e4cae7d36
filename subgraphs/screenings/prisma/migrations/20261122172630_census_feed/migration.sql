-- AlterEnum
ALTER TYPE "ResidentReviewReason" ADD VALUE 'PAS_ALREADY_USED';

-- AlterTable
ALTER TABLE "ResidentReview" ADD COLUMN     "endedOn" DATE,
ADD COLUMN     "triggerEventId" UUID;

-- CreateTable
CREATE TABLE "NursingFacilityAdmission" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "admittedOn" DATE NOT NULL,
    "screenId" UUID,
    "triggerEventId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NursingFacilityAdmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NursingFacilityAdmission_triggerEventId_key" ON "NursingFacilityAdmission"("triggerEventId");

-- CreateIndex
CREATE INDEX "NursingFacilityAdmission_individualId_idx" ON "NursingFacilityAdmission"("individualId");

-- CreateIndex
CREATE INDEX "NursingFacilityAdmission_screenId_idx" ON "NursingFacilityAdmission"("screenId");

-- CreateIndex
CREATE INDEX "ResidentReview_triggerEventId_idx" ON "ResidentReview"("triggerEventId");
