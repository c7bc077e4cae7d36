-- CreateEnum
CREATE TYPE "LevelOneReviewStatus" AS ENUM ('NOT_REVIEWED', 'CONFIRMED', 'RETURNED_INCOMPLETE');

-- AlterTable
ALTER TABLE "LevelOneScreen" ADD COLUMN     "reviewFindings" TEXT,
ADD COLUMN     "reviewStatus" "LevelOneReviewStatus" NOT NULL DEFAULT 'NOT_REVIEWED',
ADD COLUMN     "reviewedByOrganisationId" TEXT,
ADD COLUMN     "reviewedOn" DATE;
