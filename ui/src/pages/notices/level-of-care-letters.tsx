import { Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { LetterPageHeader, LetterSection, LetterSheet, LetterTerm } from "./letter-sheet.tsx";
import { personName } from "./notice-words.ts";

/**
 * A level-of-care denial's notice: "the written notice of a denial, with the person's right to
 * appeal" (LevelOfCareNotice; CO 8.401.204 C: LOC appeals go through section 8.057). The graph
 * holds its date and appeal deadline only; the letter says so rather than inventing reasons.
 */
const LevelOfCareNoticesQuery = graphql(`
  query LevelOfCareNoticeLetters($determinationId: ID!) {
    levelOfCareDetermination(id: $determinationId) {
      id
      decision
      levelOfCareType
      effectiveFrom
      individual {
        id
        givenName
        middleName
        familyName
        suffix
        birthDate
      }
      notices {
        id
        issuedOn
        appealDeadline
      }
    }
  }
`);

/** `/ui/notices/level-of-care/<determination id>`: the denial's notices. */
export function LevelOfCareLetters({ determinationId }: { determinationId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: LevelOfCareNoticesQuery, variables: { determinationId } });
  const d = data?.levelOfCareDetermination;
  return (
    <>
      <LetterPageHeader title="Notice of level of care denial" about="As the hub issued it. Printing, or saving as PDF, gives the letter alone." />
      <HubErrorNotice error={error} />
      {fetching && !data ? <Text role="status">Loading the notice…</Text> : null}
      {data && !d ? <Text role="status">No such determination, or it is outside your organisation&apos;s scope.</Text> : null}
      {d && d.notices.length === 0 ? <Text role="status">This determination has no notice: only a denial is noticed.</Text> : null}
      {d?.notices.map((notice) => (
        <LetterSheet key={notice.id} noticeId={notice.id} heading="Notice of level of care determination">
          <dl>
            <LetterTerm term="Date of notice" field="issued-on">
              {notice.issuedOn}
            </LetterTerm>
            <LetterTerm term="About" field="person">
              {personName(d.individual)}
              {d.individual.birthDate ? `, born ${d.individual.birthDate}` : ""}
            </LetterTerm>
          </dl>
          <LetterSection title="Decision">
            <Text data-field="decision">
              {d.decision === "DENIED" ? "The person does not meet the level of care" : "The person meets the level of care"} (
              {d.levelOfCareType.replace(/_/g, " ").toLowerCase()}
              ), effective {d.effectiveFrom}.
            </Text>
            <Text size="sm" mt="xs">
              The hub holds no further reasons or recipients for this notice.
            </Text>
          </LetterSection>
          <LetterSection title="Your right to appeal">
            <p className="notice-deadline">
              <strong>Appeal deadline:</strong> <span data-field="appeal-deadline">{notice.appealDeadline}</span>
            </p>
          </LetterSection>
        </LetterSheet>
      ))}
    </>
  );
}
