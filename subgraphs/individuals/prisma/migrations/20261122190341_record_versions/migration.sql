-- AlterTable
ALTER TABLE "DuplicateReview" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
