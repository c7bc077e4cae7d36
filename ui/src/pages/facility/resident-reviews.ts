import { useQuery } from "urql";
import { addDays } from "@pasrr/calendar/calendar-date";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";

export const ResidentReviewRowFragment = graphql(`
  fragment ResidentReviewRow on ResidentReview {
    id
    facilityId
    reason
    triggeredOn
    dueOn
    completedOn
    endedOn
    source
    individual {
      id
      givenName
      familyName
    }
  }
`);

const ReviewsDueQuery = graphql(`
  query FacilityReviewsDue($asOf: Date!, $withinDays: Int!, $after: String) {
    residentReviewsDue(asOf: $asOf, withinDays: $withinDays, first: 50, after: $after) {
      edges {
        node {
          ...ResidentReviewRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ReviewsOverdueQuery = graphql(`
  query FacilityReviewsOverdue($asOf: Date!, $after: String) {
    overdueResidentReviews(asOf: $asOf, first: 50, after: $after) {
      edges {
        node {
          ...ResidentReviewRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FindingsQuery = graphql(`
  query FacilityComplianceFindings($since: Date!, $after: String) {
    residentReviewFindings(since: $since, first: 50, after: $after) {
      edges {
        node {
          ...ResidentReviewRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** How far back the findings list looks: a year of admissions. */
export const findingsSinceDays = 365;

/** How far ahead "due" looks: the longest review clock that is not a finding is 30–60 days (IL manual IX.A.1). */
export const dueWithinDays = 60;

const rowsOf = (edges: { node: FragmentType<typeof ResidentReviewRowFragment> }[] | undefined, facilityId: string) =>
  (edges ?? []).map(({ node }) => readFragment(ResidentReviewRowFragment, node)).filter((review) => review.facilityId === facilityId);

export type ResidentReviewRow = ReturnType<typeof rowsOf>[number];

/**
 * The open Resident Reviews of the facility's residents due from the hub's today on, as the hub
 * scopes them to the organisation's facilities (OWN_FACILITIES); the page shows the chosen facility's.
 */
export function useReviewsDue(facilityId: string) {
  const asOf = useHubToday();
  const { after, pageOf } = useCursorPages();
  const [{ data, error }, refetch] = useQuery({
    query: ReviewsDueQuery,
    variables: { asOf, withinDays: dueWithinDays, after },
    requestPolicy: "cache-and-network",
  });
  const page = pageOf(data?.residentReviewsDue.pageInfo);
  return {
    rows: rowsOf(data?.residentReviewsDue.edges, facilityId),
    page,
    error,
    loaded: data !== undefined,
    refetch: () => refetch({ requestPolicy: "network-only" }),
  };
}

/** The open Resident Reviews whose due day passed before the hub's today, most overdue first. */
export function useOverdueReviews(facilityId: string) {
  const asOf = useHubToday();
  const { after, pageOf } = useCursorPages();
  const [{ data, error }, refetch] = useQuery({ query: ReviewsOverdueQuery, variables: { asOf, after }, requestPolicy: "cache-and-network" });
  const page = pageOf(data?.overdueResidentReviews.pageInfo);
  return {
    rows: rowsOf(data?.overdueResidentReviews.edges, facilityId),
    page,
    error,
    loaded: data !== undefined,
    refetch: () => refetch({ requestPolicy: "network-only" }),
  };
}

/** Compliance findings against the facility's admissions, open or done, started in the last year. */
export function useComplianceFindings(facilityId: string) {
  const since = addDays(useHubToday(), -findingsSinceDays);
  const { after, pageOf } = useCursorPages();
  const [{ data, error }] = useQuery({ query: FindingsQuery, variables: { since, after }, requestPolicy: "cache-and-network" });
  const page = pageOf(data?.residentReviewFindings.pageInfo);
  return { rows: rowsOf(data?.residentReviewFindings.edges, facilityId), page, error, loaded: data !== undefined };
}
