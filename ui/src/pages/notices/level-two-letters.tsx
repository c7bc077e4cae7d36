import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { LetterList, LetterPageHeader, LetterSection, LetterSheet, LetterTerm } from "./letter-sheet.tsx";
import { authorityInWords, outcomeInWords, personName, recipientInWords } from "./notice-words.ts";

/**
 * What a Level II determination's notice must show, as the graph holds it (PasrrNotice): who it is
 * for, the decision, the interpretation of the results (IL VII.E.3.a; CO 8.401.206 D.6), the
 * services required to meet the assessed needs and who provides the specialized ones (CO 8.401.206
 * D.3–5; IL VII.E.3.a), and a full explanation of the right to appeal with its deadline (IL VII.E.3.a,
 * VIII.A.1: 30 calendar days from the date on the notice; CO 8.401.204). Copies go to the parties
 * CO 8.401.206 E.1–5 and IL VII.E.3.b name; each reader sees only the notices the hub lets it read.
 */
const PasrrNoticeLetterFragment = graphql(`
  fragment PasrrNoticeLetter on PasrrNotice {
    id
    recipient
    recipientFacilityId
    copy
    issuedOn
    outcome
    reasons
    services
    approvedThrough
    appealDeadline
    appealRights
    determinationId
  }
`);

const LevelTwoNoticesQuery = graphql(`
  query LevelTwoNoticeLetters($referralId: ID!) {
    levelTwoReferral(id: $referralId) {
      id
      authority
      screen {
        id
      }
      individual {
        id
        givenName
        middleName
        familyName
        suffix
        birthDate
      }
      determination {
        id
        determinedOn
        evaluatorName
        notices {
          id
          recipient
          copy
          ...PasrrNoticeLetter
        }
      }
    }
  }
`);

/** `/ui/notices/level-two/<referral id>`: every notice of the referral's determination the reader may read, one letter each. */
export function LevelTwoLetters({ referralId }: { referralId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: LevelTwoNoticesQuery, variables: { referralId } });
  const referral = data?.levelTwoReferral;
  const notices = referral?.determination?.notices ?? [];
  const distribution = notices.map((n) => `${recipientInWords[n.recipient]} (${n.copy ? "copy" : "original"})`);
  return (
    <>
      <LetterPageHeader
        title="Notices of the Level II determination"
        about="One letter per recipient, as the hub issued them. Printing, or saving as PDF, gives the letters alone."
      />
      <HubErrorNotice error={error} />
      {fetching && !data ? <Text role="status">Loading the notices…</Text> : null}
      {data && !referral ? <Text role="status">No such referral, or it is outside your organisation&apos;s scope.</Text> : null}
      {referral && !referral.determination ? <Text role="status">This referral has no determination yet, so no notice has been issued.</Text> : null}
      {referral?.determination && notices.length === 0 ? <Text role="status">No notice of this determination is addressed to your organisation.</Text> : null}
      {referral?.screen ? (
        <Text size="sm" mb="md" data-no-print>
          <Anchor component={Link} to={`/notices/level-one/${referral.screen.id}`}>
            The Level I findings notice that made this referral
          </Anchor>
        </Text>
      ) : null}
      {referral?.determination
        ? notices.map((notice) => (
            <LevelTwoLetter
              key={notice.id}
              notice={notice}
              person={referral.individual}
              from={authorityInWords[referral.authority]}
              evaluator={referral.determination!.evaluatorName}
              distribution={distribution}
            />
          ))
        : null}
    </>
  );
}

interface LetterProps {
  notice: FragmentType<typeof PasrrNoticeLetterFragment>;
  person: { givenName?: string | null; middleName?: string | null; familyName?: string | null; suffix?: string | null; birthDate?: string | null };
  from: string;
  evaluator: string;
  distribution: string[];
}

function LevelTwoLetter({ notice: masked, person, from, evaluator, distribution }: LetterProps) {
  const notice = readFragment(PasrrNoticeLetterFragment, masked);
  return (
    <LetterSheet noticeId={notice.id} heading={`Notice of Level II PASRR determination${notice.copy ? " (copy)" : ""}`}>
      <dl>
        <LetterTerm term="From" field="from">
          {from[0]!.toUpperCase() + from.slice(1)}
        </LetterTerm>
        <LetterTerm term="Date of notice" field="issued-on">
          {notice.issuedOn}
        </LetterTerm>
        <LetterTerm term="To" field="recipient">
          {recipientInWords[notice.recipient]}
          {notice.recipientFacilityId ? ` (facility ${notice.recipientFacilityId})` : ""}
        </LetterTerm>
        <LetterTerm term="About" field="person">
          {personName(person)}
          {person.birthDate ? `, born ${person.birthDate}` : ""}
        </LetterTerm>
        <LetterTerm term="Evaluated by" field="evaluator">
          {evaluator}
        </LetterTerm>
      </dl>
      <LetterSection title="Decision">
        <Text data-field="decision" data-outcome={notice.outcome}>
          {outcomeInWords[notice.outcome]}
          {notice.approvedThrough ? ` (approved through ${notice.approvedThrough}).` : "."}
        </Text>
      </LetterSection>
      <LetterSection title="Why">
        <LetterList items={notice.reasons} field="reasons" none="The hub holds no reasons for this notice." />
      </LetterSection>
      <LetterSection title="Services required to meet the assessed needs">
        <LetterList items={notice.services} field="services" none="No services are listed." />
      </LetterSection>
      <LetterSection title="Your right to appeal">
        <Text data-field="appeal-rights">{notice.appealRights}</Text>
        <p className="notice-deadline">
          <strong>Appeal deadline:</strong> <span data-field="appeal-deadline">{notice.appealDeadline}</span>
        </p>
      </LetterSection>
      <LetterSection title="Sent to">
        <LetterList items={distribution} field="distribution" none="—" />
      </LetterSection>
      <Text size="xs" c="gray.7" mt="md">
        Notice {notice.id} · determination {notice.determinationId}
      </Text>
    </LetterSheet>
  );
}
