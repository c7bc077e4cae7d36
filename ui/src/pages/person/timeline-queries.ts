import { graphql } from "../../gql";

/*
 * One query per service's part of the person, so that a part the signed-in role may not read
 * (FORBIDDEN beside partial data) empties only its own lanes: in one query, a forbidden non-null
 * list would null the whole person.
 */

export const personQuery = graphql(`
  query TimelinePerson($id: ID!) {
    individual(id: $id) {
      id
      givenName
      familyName
      birthDate
      county
    }
  }
`);

export const screeningsQuery = graphql(`
  query TimelineScreenings($id: ID!) {
    individual(id: $id) {
      id
      levelOneScreens {
        id
        screenedOn
        outcome
        reviewStatus
        validThrough
        referrals {
          id
          authority
          referredOn
          dueOn
          status
          determination {
            id
            outcome
            determinedOn
            approvedThrough
            notices {
              id
              recipient
              issuedOn
              appealDeadline
            }
            appeals {
              id
              filedOn
              level
              status
              decidedOn
            }
          }
        }
      }
    }
  }
`);

export const complianceQuery = graphql(`
  query TimelineCompliance($id: ID!) {
    individual(id: $id) {
      id
      pasrrCompliance {
        from
        through
        status
        reason
        knownThrough
        recordIds
      }
    }
  }
`);

export const levelOfCareQuery = graphql(`
  query TimelineLevelOfCare($id: ID!) {
    individual(id: $id) {
      id
      levelOfCareDeterminations(includeSuperseded: true) {
        id
        levelOfCareType
        decision
        effectiveFrom
        effectiveThrough
        reviewKind
        supersessionReason
        supersededBy {
          id
        }
        notices {
          id
          issuedOn
          appealDeadline
        }
      }
    }
  }
`);

export const staysQuery = graphql(`
  query TimelineStays($id: ID!) {
    individual(id: $id) {
      id
      stays {
        id
        admittedOn
        dischargedOn
        endReason
        facility {
          id
          name
        }
        leavePeriods {
          kind
          leftOn
          returnedOn
        }
        payerPeriods {
          payer
          startsOn
          endsOn
        }
      }
    }
  }
`);

export const coverageQuery = graphql(`
  query TimelineCoverage($id: ID!, $from: Date!, $to: Date!) {
    individual(id: $id) {
      id
      coverageExplanation(from: $from, to: $to) {
        timeline {
          from
          through
          payable
          reason
          rule
          determinationId
          recordIds
        }
      }
    }
  }
`);

/** The payment answer for roles that may not read the explanation (a PAA: its counties' stays): the days and reason codes. */
export const coverageDaysQuery = graphql(`
  query TimelineCoverageDays($id: ID!, $from: Date!, $to: Date!) {
    individual(id: $id) {
      id
      levelOfCareCoverage(from: $from, to: $to) {
        coveredSpans {
          from
          through
          levelOfCareType
          determinationId
        }
        uncoveredSpans {
          from
          through
          reason
          recordIds
        }
      }
    }
  }
`);
