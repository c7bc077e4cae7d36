-- A Level of Care is determined only for a person who is Medicaid eligible or has applied
-- (CO 10 CCR 2505-10 8.401.02, and the OH COA guide: "active or pending Medicaid"): the pending application's day is kept.
ALTER TABLE "LevelOfCareDetermination" ADD COLUMN "medicaidApplicationFiledOn" DATE;
