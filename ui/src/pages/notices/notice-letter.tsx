import { Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { LevelOfCareLetters } from "./level-of-care-letters.tsx";
import { LevelOneLetters } from "./level-one-letters.tsx";
import { LevelTwoLetters } from "./level-two-letters.tsx";

/**
 * `/ui/notices/<kind>/<id>`: notices as printable letters. The graph reads notices through the
 * record that issued them (it has no query for one notice by id), so `<id>` is that record's:
 * - `level-two/<referral id>`: the Level II determination's notices (Query.levelTwoReferral → determination.notices)
 * - `level-one/<screen id>`: the Level I findings notices (Query.levelOneScreen → notices)
 * - `level-of-care/<determination id>`: a level-of-care denial's notice (Query.levelOfCareDetermination → notices)
 * Each letter is anchored `#notice-<notice id>`. What the reader sees is what the hub lets its token read.
 */
export default function NoticeLetter() {
  const { kind, id } = useParams();
  if (id && kind === "level-two") return <LevelTwoLetters referralId={id} />;
  if (id && kind === "level-one") return <LevelOneLetters screenId={id} />;
  if (id && kind === "level-of-care") return <LevelOfCareLetters determinationId={id} />;
  return (
    <>
      <Title order={1}>Notice</Title>
      <Text role="status">There is no kind of notice called “{kind}”. Notices open from a worklist or a person&apos;s timeline.</Text>
    </>
  );
}
