-- IL IX.A.1: a Resident Review after the 30th and before the 60th day of a new admission.
ALTER TYPE "ResidentReviewReason" ADD VALUE 'INITIAL_ADMISSION_REVIEW';
