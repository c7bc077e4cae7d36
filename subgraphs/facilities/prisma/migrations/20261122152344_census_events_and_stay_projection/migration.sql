-- CreateEnum
CREATE TYPE "CensusEventKind" AS ENUM ('ADMISSION', 'TRANSFER_OUT', 'HOSPITAL_LEAVE', 'LEAVE_OF_ABSENCE', 'RETURN', 'DISCHARGE', 'DEATH', 'PAYER_CHANGE', 'CORRECTION');

-- CreateEnum
CREATE TYPE "AdmissionSource" AS ENUM ('HOSPITAL_INPATIENT', 'HOSPITAL_EMERGENCY_OR_OBSERVATION', 'PSYCHIATRIC_UNIT', 'COMMUNITY', 'ANOTHER_NURSING_FACILITY', 'OUT_OF_STATE');

-- CreateEnum
CREATE TYPE "Payer" AS ENUM ('MEDICARE_PART_A', 'MEDICAID', 'MEDICAID_COPAY', 'MANAGED_CARE', 'PRIVATE', 'HOSPICE');

-- CreateEnum
CREATE TYPE "DischargeDestination" AS ENUM ('HOME_OR_COMMUNITY', 'ASSISTED_LIVING', 'HOSPITAL', 'PSYCHIATRIC_HOSPITAL', 'OUT_OF_STATE', 'ABSENT_WITHOUT_LEAVE', 'OTHER');

-- CreateEnum
CREATE TYPE "StayEndReason" AS ENUM ('DISCHARGED', 'TRANSFERRED', 'DIED');

-- DropIndex
DROP INDEX "Stay_facilityId_idx";

-- AlterTable
-- Facilities registered before this migration get placeholder registry values (the defaults
-- exist only while the columns are added), and the demo seed and the registry fill in real ones.
ALTER TABLE "Facility" ADD COLUMN     "addressLine" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "certifiedBeds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "city" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "medicaidCertified" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "npi" CHAR(10),
ADD COLUMN     "postalCode" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Facility" ALTER COLUMN "addressLine" DROP DEFAULT,
ALTER COLUMN "certifiedBeds" DROP DEFAULT,
ALTER COLUMN "city" DROP DEFAULT,
ALTER COLUMN "medicaidCertified" DROP DEFAULT,
ALTER COLUMN "postalCode" DROP DEFAULT;

-- Stay becomes a projection of census events. Rows written before census events existed have
-- no events behind them, so they cannot be rebuilt: they are dropped, and the demo seed
-- records its stays again as events.
DELETE FROM "Stay";

-- AlterTable
ALTER TABLE "Stay" ADD COLUMN     "admissionSource" "AdmissionSource" NOT NULL,
ADD COLUMN     "admittedFromFacilityId" UUID,
ADD COLUMN     "dischargeDestination" "DischargeDestination",
ADD COLUMN     "endReason" "StayEndReason",
ADD COLUMN     "eventIds" UUID[],
ADD COLUMN     "leavePeriods" JSONB NOT NULL,
ADD COLUMN     "nextStayId" UUID,
ADD COLUMN     "payerPeriods" JSONB NOT NULL,
ADD COLUMN     "previousStayId" UUID,
ADD COLUMN     "transferredToFacilityId" UUID;

-- CreateTable
CREATE TABLE "CensusEvent" (
    "id" UUID NOT NULL,
    "individualId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "kind" "CensusEventKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedByOrganisationId" TEXT NOT NULL,
    "recordedBySubject" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL,
    "admissionSource" "AdmissionSource",
    "payer" "Payer",
    "fromFacilityId" UUID,
    "toFacilityId" UUID,
    "dischargeDestination" "DischargeDestination",
    "correctsEventId" UUID,
    "voidsCorrected" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,

    CONSTRAINT "CensusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CensusEvent_individualId_idx" ON "CensusEvent"("individualId");

-- CreateIndex
CREATE INDEX "CensusEvent_facilityId_recordedAt_idx" ON "CensusEvent"("facilityId", "recordedAt");

-- CreateIndex
CREATE INDEX "CensusEvent_correctsEventId_idx" ON "CensusEvent"("correctsEventId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_npi_key" ON "Facility"("npi");

-- CreateIndex
CREATE INDEX "Facility_county_idx" ON "Facility"("county");

-- CreateIndex
CREATE INDEX "Facility_region_idx" ON "Facility"("region");

-- CreateIndex
CREATE INDEX "Stay_facilityId_admittedOn_idx" ON "Stay"("facilityId", "admittedOn");

-- CreateIndex
CREATE INDEX "Stay_admittedFromFacilityId_idx" ON "Stay"("admittedFromFacilityId");

-- AddForeignKey
ALTER TABLE "CensusEvent" ADD CONSTRAINT "CensusEvent_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusEvent" ADD CONSTRAINT "CensusEvent_correctsEventId_fkey" FOREIGN KEY ("correctsEventId") REFERENCES "CensusEvent"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Census events are history: never updated, never deleted (CT PathTracker best practice 4,
-- "do not make any changes to fix a mistake"): a mistake is fixed by a CORRECTION row.
-- The body is an E'' string with \073 for each semicolon: the PostgreSQL driver adapter runs a
-- migration split at every semicolon, dollar quotes and comments included.
CREATE FUNCTION "census_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN RAISE EXCEPTION ''census events are append-only: record a CORRECTION instead of % on "CensusEvent"'', TG_OP\073 END\073';

CREATE TRIGGER "CensusEvent_append_only"
  BEFORE UPDATE OR DELETE ON "CensusEvent"
  FOR EACH ROW EXECUTE FUNCTION "census_event_is_append_only"();
