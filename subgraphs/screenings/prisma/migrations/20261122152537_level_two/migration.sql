-- CreateEnum
CREATE TYPE "ReasonForScreening" AS ENUM ('NF_APPLICANT_FROM_HOSPITAL', 'NF_APPLICANT_FROM_COMMUNITY', 'RESIDENT_SIGNIFICANT_CHANGE', 'EXPIRING_SHORT_TERM_APPROVAL', 'RESIDENT_NEVER_SCREENED', 'RESIDENT_SIGNS_OF_PASRR_CONDITION', 'NF_TRANSFER_NO_PASRR_RECORDS', 'RESIDENT_IN_PSYCHIATRIC_HOSPITAL');

-- CreateEnum
CREATE TYPE "CurrentSetting" AS ENUM ('HOSPITAL_INPATIENT', 'EMERGENCY_ROOM', 'OBSERVATION', 'PSYCHIATRIC_UNIT', 'COMMUNITY', 'NURSING_FACILITY', 'OUT_OF_STATE');

-- CreateEnum
CREATE TYPE "DementiaDiagnosis" AS ENUM ('NONE', 'PRIMARY', 'SECONDARY');

-- CreateEnum
CREATE TYPE "RequestedDetermination" AS ENUM ('HOSPITAL_EXEMPTION', 'TERMINAL_ILLNESS', 'SEVERE_PHYSICAL_ILLNESS', 'DELIRIUM', 'EMERGENCY', 'RESPITE', 'CONVALESCENT', 'PRIMARY_DEMENTIA');

-- CreateEnum
CREATE TYPE "LevelOneOutcome" AS ENUM ('NO_INDICATIONS', 'EXEMPT_HOSPITAL_DISCHARGE', 'CATEGORICAL', 'LEVEL_II_REQUIRED');

-- CreateEnum
CREATE TYPE "LevelTwoCategory" AS ENUM ('MI', 'DD', 'DUAL');

-- CreateEnum
CREATE TYPE "LevelTwoAuthority" AS ENUM ('MH', 'DD');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('OPEN', 'DETERMINED');

-- CreateEnum
CREATE TYPE "ApprovalPeriod" AS ENUM ('ONGOING', 'TIME_LIMITED');

-- CreateEnum
CREATE TYPE "NoticeRecipient" AS ENUM ('PERSON', 'REPRESENTATIVE', 'ADMITTING_NURSING_FACILITY', 'DISCHARGING_HOSPITAL');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'UPHELD', 'OVERTURNED');

-- AlterTable
ALTER TABLE "LevelOneScreen" ADD COLUMN     "categoricalType" "RequestedDetermination",
ADD COLUMN     "currentSetting" "CurrentSetting",
ADD COLUMN     "dangerToSelfOrOthers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "dementia" "DementiaDiagnosis" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "facilityCounty" TEXT,
ADD COLUMN     "facilityId" UUID,
ADD COLUMN     "indications" JSONB,
ADD COLUMN     "levelTwoCategory" "LevelTwoCategory",
ADD COLUMN     "outcome" "LevelOneOutcome" NOT NULL DEFAULT 'NO_INDICATIONS',
ADD COLUMN     "outcomeExplanation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "outcomeRule" TEXT NOT NULL DEFAULT 'no-indications',
ADD COLUMN     "outcomeSource" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "physicianCertifiedStayUnder30Days" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "policyState" TEXT NOT NULL DEFAULT 'FEDERAL',
ADD COLUMN     "reasonForScreening" "ReasonForScreening",
ADD COLUMN     "requestedDetermination" "RequestedDetermination",
ADD COLUMN     "validThrough" DATE;

-- CreateTable
CREATE TABLE "LevelTwoReferral" (
    "id" UUID NOT NULL,
    "screenId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "authority" "LevelTwoAuthority" NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'OPEN',
    "referredOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "facilityId" UUID,
    "facilityCounty" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelTwoReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelTwoDetermination" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "conditionConfirmed" BOOLEAN NOT NULL,
    "seriousMentalIllnessPrimary" BOOLEAN,
    "needsNursingFacilityServices" BOOLEAN NOT NULL,
    "needsSpecializedServices" BOOLEAN NOT NULL,
    "recommendedServices" TEXT[],
    "approvalPeriod" "ApprovalPeriod" NOT NULL,
    "approvedThrough" DATE,
    "evaluatorName" TEXT NOT NULL,
    "evaluatedOn" DATE NOT NULL,
    "determinedOn" DATE NOT NULL,
    "determinedByOrganisationId" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelTwoDetermination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasrrNotice" (
    "id" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "recipient" "NoticeRecipient" NOT NULL,
    "recipientFacilityId" UUID,
    "issuedOn" DATE NOT NULL,
    "appealDeadline" DATE NOT NULL,

    CONSTRAINT "PasrrNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "determinationId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "filedOn" DATE NOT NULL,
    "filedByOrganisationId" TEXT NOT NULL,
    "grounds" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "decidedOn" DATE,
    "decidedByOrganisationId" TEXT,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelTwoReferral_individualId_idx" ON "LevelTwoReferral"("individualId");

-- CreateIndex
CREATE INDEX "LevelTwoReferral_authority_status_dueOn_idx" ON "LevelTwoReferral"("authority", "status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "LevelTwoDetermination_referralId_key" ON "LevelTwoDetermination"("referralId");

-- CreateIndex
CREATE INDEX "LevelTwoDetermination_individualId_idx" ON "LevelTwoDetermination"("individualId");

-- CreateIndex
CREATE INDEX "PasrrNotice_determinationId_idx" ON "PasrrNotice"("determinationId");

-- CreateIndex
CREATE INDEX "Appeal_determinationId_idx" ON "Appeal"("determinationId");

-- CreateIndex
CREATE INDEX "LevelOneScreen_facilityId_idx" ON "LevelOneScreen"("facilityId");

-- CreateIndex
CREATE INDEX "LevelOneScreen_facilityCounty_idx" ON "LevelOneScreen"("facilityCounty");

-- AddForeignKey
ALTER TABLE "LevelTwoReferral" ADD CONSTRAINT "LevelTwoReferral_screenId_fkey" FOREIGN KEY ("screenId") REFERENCES "LevelOneScreen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelTwoDetermination" ADD CONSTRAINT "LevelTwoDetermination_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "LevelTwoReferral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasrrNotice" ADD CONSTRAINT "PasrrNotice_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "LevelTwoDetermination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "LevelTwoDetermination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
