-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('NURSING_FACILITY', 'ICF_IID', 'HOSPITAL', 'PSYCHIATRIC_HOSPITAL');

-- CreateTable
CREATE TABLE "Facility" (
    "id" UUID NOT NULL,
    "providerNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "FacilityType" NOT NULL,
    "county" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "region" TEXT NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stay" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "admittedOn" DATE NOT NULL,
    "dischargedOn" DATE,

    CONSTRAINT "Stay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Facility_providerNumber_key" ON "Facility"("providerNumber");

-- CreateIndex
CREATE INDEX "Stay_individualId_idx" ON "Stay"("individualId");

-- CreateIndex
CREATE INDEX "Stay_facilityId_idx" ON "Stay"("facilityId");

-- AddForeignKey
ALTER TABLE "Stay" ADD CONSTRAINT "Stay_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
