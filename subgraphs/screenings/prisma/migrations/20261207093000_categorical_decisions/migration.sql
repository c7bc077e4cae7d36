-- CreateEnum
CREATE TYPE "CategoricalStatus" AS ENUM ('REQUESTED', 'GRANTED', 'DENIED');

-- CreateEnum
CREATE TYPE "CategoricalDecisionOutcome" AS ENUM ('GRANTED', 'DENIED');

-- AlterEnum
ALTER TYPE "LevelOneOutcome" ADD VALUE 'CATEGORICAL_REQUESTED';

-- AlterTable
ALTER TABLE "LevelOneScreen" ADD COLUMN     "categoricalDecidedOn" DATE,
ADD COLUMN     "categoricalDueOn" DATE,
ADD COLUMN     "categoricalStatus" "CategoricalStatus";

-- CreateTable
CREATE TABLE "CategoricalDecision" (
    "id" UUID NOT NULL,
    "screenId" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "deciderRole" TEXT NOT NULL,
    "decidedByOrganisationId" TEXT NOT NULL,
    "decision" "CategoricalDecisionOutcome" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CategoricalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CategoricalDecision_individualId_idx" ON "CategoricalDecision"("individualId");

-- CreateIndex
CREATE UNIQUE INDEX "CategoricalDecision_screenId_deciderRole_key" ON "CategoricalDecision"("screenId", "deciderRole");

-- CreateIndex
CREATE INDEX "LevelOneScreen_categoricalStatus_categoricalDueOn_idx" ON "LevelOneScreen"("categoricalStatus", "categoricalDueOn");

-- AddForeignKey
ALTER TABLE "CategoricalDecision" ADD CONSTRAINT "CategoricalDecision_screenId_fkey" FOREIGN KEY ("screenId") REFERENCES "LevelOneScreen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Categoricals filed before an authority decided them were granted at filing: record them as granted
-- on their screen's date, so their PASRR standing and compliance history read as before.
UPDATE "LevelOneScreen" SET "categoricalStatus" = 'GRANTED', "categoricalDecidedOn" = "screenedOn" WHERE "outcome" = 'CATEGORICAL';
