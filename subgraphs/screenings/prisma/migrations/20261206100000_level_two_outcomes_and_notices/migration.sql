-- Issue 17: Level II outcomes, specialized-services providers, notice content, Level I notices.

CREATE TYPE "LevelTwoOutcome" AS ENUM ('ADMISSION_ALLOWED', 'ALLOWED_TIME_LIMITED', 'PROVISIONAL', 'DENIED');

CREATE TYPE "SpecializedServicesProvider" AS ENUM ('STATE_AUTHORITY', 'LOCAL_MENTAL_HEALTH_AUTHORITY', 'PSYCHIATRIC_HOSPITAL');

-- CO 8.401.206 E.4: a copy of the determination goes to the attending physician.
ALTER TYPE "NoticeRecipient" ADD VALUE 'ATTENDING_PHYSICIAN';

-- Determinations: the derived outcome. Rows recorded before it are read from the facts they hold.
ALTER TABLE "LevelTwoDetermination" ADD COLUMN "outcome" "LevelTwoOutcome",
ADD COLUMN "outcomeSource" TEXT,
ADD COLUMN "policyState" TEXT,
ADD COLUMN "specializedServicesProvider" "SpecializedServicesProvider";

UPDATE "LevelTwoDetermination" SET
  "outcome" = CASE
    WHEN NOT "needsNursingFacilityServices" THEN 'DENIED'::"LevelTwoOutcome"
    WHEN "approvalPeriod" = 'TIME_LIMITED' THEN 'ALLOWED_TIME_LIMITED'::"LevelTwoOutcome"
    ELSE 'ADMISSION_ALLOWED'::"LevelTwoOutcome"
  END,
  "outcomeSource" = 'recorded before outcomes were derived (issue 17): read from needsNursingFacilityServices and approvalPeriod';

-- The pack a determination was made under is taken as its screen's.
UPDATE "LevelTwoDetermination" AS d SET "policyState" = s."policyState"
FROM "LevelTwoReferral" AS r JOIN "LevelOneScreen" AS s ON s."id" = r."screenId"
WHERE r."id" = d."referralId";
UPDATE "LevelTwoDetermination" SET "policyState" = 'FEDERAL' WHERE "policyState" IS NULL;

-- Who provides specialized services, by the pack and the authority (MN bulletin 00-53-3 LMHA, IL VII.D.1 psychiatric hospital, else the state authority).
UPDATE "LevelTwoDetermination" AS d SET "specializedServicesProvider" = CASE
    WHEN d."policyState" = 'MN' AND r."authority" = 'MH' THEN 'LOCAL_MENTAL_HEALTH_AUTHORITY'::"SpecializedServicesProvider"
    WHEN d."policyState" = 'IL' AND r."authority" = 'MH' THEN 'PSYCHIATRIC_HOSPITAL'::"SpecializedServicesProvider"
    ELSE 'STATE_AUTHORITY'::"SpecializedServicesProvider"
  END
FROM "LevelTwoReferral" AS r
WHERE r."id" = d."referralId" AND d."needsSpecializedServices";

ALTER TABLE "LevelTwoDetermination" ALTER COLUMN "outcome" SET NOT NULL,
ALTER COLUMN "outcomeSource" SET NOT NULL,
ALTER COLUMN "policyState" SET NOT NULL;

-- MN Level II form B.4: the referral for the final determination after a provisional one.
ALTER TABLE "LevelTwoReferral" ADD COLUMN "followsDeterminationId" UUID;
CREATE UNIQUE INDEX "LevelTwoReferral_followsDeterminationId_key" ON "LevelTwoReferral"("followsDeterminationId");

-- Notices: their content as issued, and the scope facts of their referral.
ALTER TABLE "PasrrNotice" ADD COLUMN "appealRights" TEXT,
ADD COLUMN "approvedThrough" DATE,
ADD COLUMN "authority" "LevelTwoAuthority",
ADD COLUMN "copy" BOOLEAN,
ADD COLUMN "facilityCounty" TEXT,
ADD COLUMN "outcome" "LevelTwoOutcome",
ADD COLUMN "reasons" TEXT[],
ADD COLUMN "services" TEXT[];

UPDATE "PasrrNotice" AS n SET
  "outcome" = d."outcome",
  "approvedThrough" = d."approvedThrough",
  "copy" = n."recipient" NOT IN ('PERSON', 'REPRESENTATIVE'),
  "reasons" = ARRAY[]::TEXT[],
  "services" = d."recommendedServices",
  "appealRights" = 'Issued before the hub kept notice content (issue 17): the appeal deadline is the one on this notice.',
  "authority" = r."authority",
  "facilityCounty" = r."facilityCounty"
FROM "LevelTwoDetermination" AS d JOIN "LevelTwoReferral" AS r ON r."id" = d."referralId"
WHERE d."id" = n."determinationId";

ALTER TABLE "PasrrNotice" ALTER COLUMN "appealRights" SET NOT NULL,
ALTER COLUMN "authority" SET NOT NULL,
ALTER COLUMN "copy" SET NOT NULL,
ALTER COLUMN "outcome" SET NOT NULL;

CREATE INDEX "PasrrNotice_individualId_idx" ON "PasrrNotice"("individualId");

-- CO 8.401.193 A-C: the notice of Level I findings that refer to a Level II.
CREATE TABLE "LevelOneNotice" (
    "id" UUID NOT NULL,
    "screenId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "recipient" "NoticeRecipient" NOT NULL,
    "issuedOn" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "referredTo" "LevelTwoAuthority"[],
    "levelTwoDueOn" DATE NOT NULL,
    "appealRights" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOneNotice_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LevelOneNotice_screenId_idx" ON "LevelOneNotice"("screenId");

CREATE INDEX "LevelOneNotice_individualId_idx" ON "LevelOneNotice"("individualId");
