import { lazy } from "react";
import type { RouteObject } from "react-router";

/** Each page is its own chunk: a role loads the code of the pages it opens, not every role's. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => {
  const Page = lazy(load);
  return <Page />;
};

export const pageRoutes: RouteObject[] = [
  { path: "paa", element: page(() => import("../pages/paa/paa-worklists.tsx")) },
  { path: "paa/level-of-care", element: page(() => import("../pages/loc/level-of-care-worklists.tsx")) },
  { path: "authority", element: page(() => import("../pages/authority/authority-worklists.tsx")) },
  { path: "facility", element: page(() => import("../pages/facility/facility-worklists.tsx")) },
  { path: "state/dashboard", element: page(() => import("../pages/state/dashboard.tsx")) },
  { path: "state/duplicates", element: page(() => import("../pages/state/duplicate-reviews.tsx")) },
  { path: "state/audit", element: page(() => import("../pages/state/audit-trail.tsx")) },
  { path: "people", element: page(() => import("../pages/person/person-search.tsx")) },
  { path: "people/:id", element: page(() => import("../pages/person/person-timeline.tsx")) },
  { path: "payment/claims", element: page(() => import("../pages/payment/claim-batch.tsx")) },
  { path: "notices/:kind/:id", element: page(() => import("../pages/notices/notice-letter.tsx")) },
];
