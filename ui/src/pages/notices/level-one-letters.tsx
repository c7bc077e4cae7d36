import { Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { LetterList, LetterPageHeader, LetterSection, LetterSheet, LetterTerm } from "./letter-sheet.tsx";
import { authorityInWords, personName, recipientInWords } from "./notice-words.ts";

/**
 * The notice of Level I findings that refer a person to a Level II evaluation: CO 8.401.193 A
 * (a written notice to the individual and the legal representative stating the Level I findings),
 * B (required when the findings result in a Level II referral), C (the findings are not an
 * appealable action: the graph's `appealRights` says so, and the Level II notice carries its own).
 */
const LevelOneNoticeLetterFragment = graphql(`
  fragment LevelOneNoticeLetter on LevelOneNotice {
    id
    recipient
    issuedOn
    findings
    referredTo
    levelTwoDueOn
    appealRights
    screenId
  }
`);

const LevelOneNoticesQuery = graphql(`
  query LevelOneNoticeLetters($screenId: ID!) {
    levelOneScreen(id: $screenId) {
      id
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
        ...LevelOneNoticeLetter
      }
    }
  }
`);

type Person = { givenName?: string | null; middleName?: string | null; familyName?: string | null; suffix?: string | null; birthDate?: string | null };

/** `/ui/notices/level-one/<screen id>`: the screen's findings notices, one letter per recipient. */
export function LevelOneLetters({ screenId }: { screenId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: LevelOneNoticesQuery, variables: { screenId } });
  const screen = data?.levelOneScreen;
  return (
    <>
      <LetterPageHeader
        title="Notices of Level I findings"
        about="One letter per recipient, as the hub issued them. Printing, or saving as PDF, gives the letters alone."
      />
      <HubErrorNotice error={error} />
      {fetching && !data ? <Text role="status">Loading the notices…</Text> : null}
      {data && !screen ? <Text role="status">No such screen, or it is outside your organisation&apos;s scope.</Text> : null}
      {screen && screen.notices.length === 0 ? (
        <Text role="status">This screen&apos;s findings referred no one to a Level II, so no notice was issued.</Text>
      ) : null}
      {screen?.notices.map((notice) => (
        <LevelOneLetter key={notice.id} notice={notice} person={screen.individual} />
      ))}
    </>
  );
}

function LevelOneLetter({ notice: masked, person }: { notice: FragmentType<typeof LevelOneNoticeLetterFragment>; person: Person }) {
  const notice = readFragment(LevelOneNoticeLetterFragment, masked);
  return (
    <LetterSheet noticeId={notice.id} heading="Notice of Level I PASRR findings">
      <dl>
        <LetterTerm term="Date of notice" field="issued-on">
          {notice.issuedOn}
        </LetterTerm>
        <LetterTerm term="To" field="recipient">
          {recipientInWords[notice.recipient]}
        </LetterTerm>
        <LetterTerm term="About" field="person">
          {personName(person)}
          {person.birthDate ? `, born ${person.birthDate}` : ""}
        </LetterTerm>
      </dl>
      <LetterSection title="Findings">
        <Text data-field="decision">{notice.findings}</Text>
      </LetterSection>
      <LetterSection title="Referred for a Level II evaluation to">
        <LetterList items={notice.referredTo.map((a) => authorityInWords[a])} field="referred-to" none="—" />
        <Text mt="xs">
          The Level II determination is due by <span data-field="level-two-due-on">{notice.levelTwoDueOn}</span> (the state&apos;s time frame, counted by the
          hub in working days).
        </Text>
      </LetterSection>
      <LetterSection title="Appeal rights">
        <Text data-field="appeal-rights">{notice.appealRights}</Text>
      </LetterSection>
      <Text size="xs" c="gray.7" mt="md">
        Notice {notice.id} · screen {notice.screenId}
      </Text>
    </LetterSheet>
  );
}
