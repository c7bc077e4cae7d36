-- A screen returned incomplete and later confirmed takes effect on the day it was received complete
-- (OH guide, "How is the effective date of the PAS determined?"): keep the return and that day.
ALTER TABLE "LevelOneScreen" ADD COLUMN "returnedOn" DATE;
ALTER TABLE "LevelOneScreen" ADD COLUMN "receivedCompleteOn" DATE;

-- A screen returned and not yet confirmed: its return is its review.
UPDATE "LevelOneScreen" SET "returnedOn" = "reviewedOn" WHERE "reviewStatus" = 'RETURNED_INCOMPLETE';
-- A confirmed screen never returned was complete as filed.
UPDATE "LevelOneScreen" SET "receivedCompleteOn" = "screenedOn" WHERE "reviewStatus" = 'CONFIRMED';
