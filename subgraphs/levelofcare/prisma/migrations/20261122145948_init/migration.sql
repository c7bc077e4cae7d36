-- CreateEnum
CREATE TYPE "LevelOfCareType" AS ENUM ('NF_SKILLED', 'NF_INTERMEDIATE', 'ICF_IID', 'HOSPITAL');

-- CreateEnum
CREATE TYPE "LevelOfCareDecision" AS ENUM ('APPROVED', 'DENIED');

-- CreateTable
CREATE TABLE "LevelOfCareDetermination" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID,
    "levelOfCareType" "LevelOfCareType" NOT NULL,
    "decision" "LevelOfCareDecision" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveThrough" DATE,
    "determinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOfCareDetermination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelOfCareDetermination_individualId_idx" ON "LevelOfCareDetermination"("individualId");
