-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "NameKind" AS ENUM ('PREVIOUS', 'ALTERNATE');

-- CreateEnum
CREATE TYPE "IdentifierType" AS ENUM ('SSN', 'MEDICAID_ID', 'MEDICARE_MBI', 'STATE_CLIENT_ID', 'FACILITY_MRN', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'SAME_PERSON', 'NOT_SAME_PERSON');

-- CreateEnum
CREATE TYPE "IdentityEventKind" AS ENUM ('REGISTERED', 'MATCHED', 'IDENTIFIER_ADDED', 'IDENTIFIER_ENDED', 'REVIEW_OPENED', 'REVIEW_RESOLVED', 'MERGED', 'UNMERGED');

-- AlterTable
ALTER TABLE "Individual" ADD COLUMN     "addressLine1" TEXT,
ADD COLUMN     "addressLine2" TEXT,
ADD COLUMN     "city" TEXT,
ADD COLUMN     "mergedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "postalCode" TEXT,
ADD COLUMN     "sex" "Sex" NOT NULL DEFAULT 'UNKNOWN',
ADD COLUMN     "ssnLastFour" CHAR(4),
ADD COLUMN     "suffix" TEXT;

-- CreateTable
CREATE TABLE "IndividualName" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "kind" "NameKind" NOT NULL,
    "givenName" TEXT NOT NULL,
    "middleName" TEXT,
    "familyName" TEXT NOT NULL,
    "suffix" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndividualName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Identifier" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "type" "IdentifierType" NOT NULL,
    "issuer" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "validFrom" DATE,
    "validThrough" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Identifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockingKey" (
    "key" TEXT NOT NULL,
    "individualId" UUID NOT NULL,

    CONSTRAINT "BlockingKey_pkey" PRIMARY KEY ("key","individualId")
);

-- CreateTable
CREATE TABLE "DuplicateReview" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedBy" TEXT NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedBy" TEXT,
    "resolution" TEXT,

    CONSTRAINT "DuplicateReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateCandidate" (
    "reviewId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,

    CONSTRAINT "DuplicateCandidate_pkey" PRIMARY KEY ("reviewId","candidateId")
);

-- CreateTable
CREATE TABLE "DistinctPair" (
    "firstId" UUID NOT NULL,
    "secondId" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedBy" TEXT NOT NULL,
    "reason" TEXT,

    CONSTRAINT "DistinctPair_pkey" PRIMARY KEY ("firstId","secondId")
);

-- CreateTable
CREATE TABLE "IdentityEvent" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "kind" "IdentityEventKind" NOT NULL,
    "individualId" UUID NOT NULL,
    "relatedIndividualId" UUID,
    "actorSubject" TEXT NOT NULL,
    "actorOrganisation" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "reason" TEXT,
    "before" JSONB,
    "after" JSONB,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndividualName_individualId_idx" ON "IndividualName"("individualId");

-- CreateIndex
CREATE INDEX "Identifier_individualId_idx" ON "Identifier"("individualId");

-- CreateIndex
CREATE UNIQUE INDEX "Identifier_type_issuer_value_key" ON "Identifier"("type", "issuer", "value");

-- CreateIndex
CREATE INDEX "BlockingKey_individualId_idx" ON "BlockingKey"("individualId");

-- CreateIndex
CREATE INDEX "DuplicateReview_status_id_idx" ON "DuplicateReview"("status", "id");

-- CreateIndex
CREATE INDEX "DuplicateReview_individualId_idx" ON "DuplicateReview"("individualId");

-- CreateIndex
CREATE INDEX "IdentityEvent_individualId_sequence_idx" ON "IdentityEvent"("individualId", "sequence");

-- CreateIndex
CREATE INDEX "IdentityEvent_relatedIndividualId_idx" ON "IdentityEvent"("relatedIndividualId");

-- CreateIndex
CREATE INDEX "Individual_mergedIntoId_idx" ON "Individual"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Individual_birthDate_idx" ON "Individual"("birthDate");

-- AddForeignKey
ALTER TABLE "Individual" ADD CONSTRAINT "Individual_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Individual"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualName" ADD CONSTRAINT "IndividualName_individualId_fkey" FOREIGN KEY ("individualId") REFERENCES "Individual"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Identifier" ADD CONSTRAINT "Identifier_individualId_fkey" FOREIGN KEY ("individualId") REFERENCES "Individual"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockingKey" ADD CONSTRAINT "BlockingKey_individualId_fkey" FOREIGN KEY ("individualId") REFERENCES "Individual"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateCandidate" ADD CONSTRAINT "DuplicateCandidate_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "DuplicateReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
