-- CreateTable
CREATE TABLE "LevelOneScreen" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "submittingOrganisationId" TEXT NOT NULL,
    "screenedOn" DATE NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LevelOneScreen_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LevelOneScreen_individualId_idx" ON "LevelOneScreen"("individualId");
