-- IL IV.D.3: in a dual case the PAS/DD assessment is completed before the mental health screen.
-- The mental-health referral of such a case waits for the DD referral of the same screen.
ALTER TABLE "LevelTwoReferral" ADD COLUMN "awaitsAuthority" "LevelTwoAuthority";
