-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "LevelOneScreen" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "LevelTwoReferral" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
