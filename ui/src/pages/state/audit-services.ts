import { graphql } from "../../gql";

/** One audit record as the results table shows it; every service's trail has the same shape. */
export const AuditEventRowFragment = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    occurredAt
    service
    requestId
    subject
    organisationId
    role
    operationName
    writes
    fields
    entityIds
  }
`);

const IndividualsAuditQuery = graphql(`
  query IndividualsAudit($filter: AuditEventFilter, $after: String) {
    trail: individualsAuditEvents(filter: $filter, after: $after, first: 25) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ScreeningsAuditQuery = graphql(`
  query ScreeningsAudit($filter: AuditEventFilter, $after: String) {
    trail: screeningsAuditEvents(filter: $filter, after: $after, first: 25) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const LevelOfCareAuditQuery = graphql(`
  query LevelOfCareAudit($filter: AuditEventFilter, $after: String) {
    trail: levelOfCareAuditEvents(filter: $filter, after: $after, first: 25) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FacilitiesAuditQuery = graphql(`
  query FacilitiesAudit($filter: AuditEventFilter, $after: String) {
    trail: facilitiesAuditEvents(filter: $filter, after: $after, first: 25) {
      edges {
        node {
          ...AuditEventRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The four services' audit trails (each recorded by the service that answered), in the order the pagers show them. */
export const auditServices: AuditService[] = [
  { key: "individuals", label: "Individuals", query: IndividualsAuditQuery },
  { key: "screenings", label: "Screenings", query: ScreeningsAuditQuery },
  { key: "levelofcare", label: "Level of care", query: LevelOfCareAuditQuery },
  { key: "facilities", label: "Facilities", query: FacilitiesAuditQuery },
];

/** A service's trail: the four queries ask the same of different services and answer the same shape. */
export interface AuditService {
  key: string;
  label: string;
  query: typeof IndividualsAuditQuery;
}
