-- Idempotency keys become per principal (organisation, role, subject): red-team finding 2.
-- Answers stored under the per-organisation key name no principal, so none may be replayed to
-- anyone, and they are dropped: a client retrying one of them runs its mutation again, as after expiry.
DELETE FROM "idempotent_request";

-- AlterTable
ALTER TABLE "idempotent_request" DROP CONSTRAINT "idempotent_request_pkey",
ADD COLUMN     "audit" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "role" TEXT NOT NULL,
ADD COLUMN     "subject" TEXT NOT NULL,
ADD CONSTRAINT "idempotent_request_pkey" PRIMARY KEY ("organisation_id", "role", "subject", "key");
