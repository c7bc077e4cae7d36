-- CreateTable
CREATE TABLE "LevelTwoDetermination" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "determinedOn" DATE NOT NULL,
    "primarySeriousMentalIllness" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelTwoDetermination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelTwoDetermination_individualId_determinedOn_idx" ON "LevelTwoDetermination"("individualId", "determinedOn");
