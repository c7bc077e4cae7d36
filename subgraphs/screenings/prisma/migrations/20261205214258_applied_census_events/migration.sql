-- CreateTable
CREATE TABLE "AppliedCensusEvent" (
    "censusEventId" UUID NOT NULL,
    "residentReviewId" UUID,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppliedCensusEvent_pkey" PRIMARY KEY ("censusEventId")
);

-- Events applied before this release are known by what they left: the reviews they started (the
-- first one answered a repeat) and the admissions they recorded. Each event gets one row, so the
-- new key cannot be violated by existing data. A discharge left no trace and is not known: a
-- repeat of an old one is applied again, as it was before this release.

INSERT INTO "AppliedCensusEvent" ("censusEventId", "residentReviewId")
SELECT DISTINCT ON ("triggerEventId") "triggerEventId", "id" FROM "ResidentReview"
WHERE "triggerEventId" IS NOT NULL
ORDER BY "triggerEventId", "createdAt", "id";

INSERT INTO "AppliedCensusEvent" ("censusEventId", "residentReviewId")
SELECT "triggerEventId", NULL FROM "NursingFacilityAdmission"
WHERE "triggerEventId" IS NOT NULL
ON CONFLICT ("censusEventId") DO NOTHING;
