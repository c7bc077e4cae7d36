import { dualReviewSuite } from "./dual-review.shared.ts";

dualReviewSuite("pglite");
