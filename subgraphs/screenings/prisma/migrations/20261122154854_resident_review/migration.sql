-- CreateEnum
CREATE TYPE "ResidentReviewReason" AS ENUM ('HOSPITAL_EXEMPTION_EXPIRING', 'TIME_LIMITED_APPROVAL_EXPIRING', 'SIGNIFICANT_CHANGE', 'NF_TRANSFER_NO_PASRR_RECORDS', 'PAS_NOT_USED_WITHIN_VALIDITY');

-- CreateTable
CREATE TABLE "ResidentReview" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "facilityCounty" TEXT NOT NULL,
    "reason" "ResidentReviewReason" NOT NULL,
    "triggeredOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "completedOn" DATE,
    "completedByScreenId" UUID,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResidentReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResidentReview_individualId_idx" ON "ResidentReview"("individualId");

-- CreateIndex
CREATE INDEX "ResidentReview_completedOn_dueOn_idx" ON "ResidentReview"("completedOn", "dueOn");
