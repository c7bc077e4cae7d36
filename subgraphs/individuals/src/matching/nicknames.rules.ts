/**
 * Given names and the familiar forms people register under (Bill for William, Peggy for
 * Margaret): issue 3 names these; the forms are the common English diminutives listed in
 * genealogy references (e.g. the US Census Bureau's name files and the FamilySearch
 * "Traditional nicknames" table). Each line: the formal name, then its familiar forms.
 */
const table = `
ABIGAIL ABBY ABBIE GAIL|ALBERT AL BERT BERTIE|ALEXANDER AL ALEX ALEC SANDY XANDER|ALEXANDRA ALEX SANDRA SANDY LEXI
ALFRED AL ALF FRED FREDDIE|ALAN AL|ANDREW ANDY DREW|ANTHONY TONY|ARTHUR ART ARTIE|BARBARA BARB BABS BARBIE
BENJAMIN BEN BENNY BENJI|BERNARD BERNIE BERN|CATHERINE CATHY CATE KATE KATIE KAY KITTY CATHERIN
CHARLES CHARLIE CHUCK CHAS CHAZ CARL|CHRISTINA CHRIS CHRISSY TINA|CHRISTOPHER CHRIS KIT TOPHER|CLIFFORD CLIFF
DANIEL DAN DANNY|DAVID DAVE DAVEY|DEBORAH DEB DEBBIE DEBRA|DOLORES LOLA DEE|DONALD DON DONNIE
DOROTHY DOT DOTTIE DOROTHEA DOLLY|EDWARD ED EDDIE TED TEDDY NED|EDWIN ED EDDIE|ELEANOR ELLIE NELL NELLIE NORA LENORA
ELIZABETH BETH BETTY BETSY LIZ LIZZIE ELIZA LIBBY BESS BESSIE LISA ELISE|EUGENE GENE|FLORENCE FLO FLOSSIE
FRANCES FRAN FRANNIE FANNY|FRANCIS FRANK FRANNY|FRANKLIN FRANK|FREDERICK FRED FREDDIE FRITZ|GERALD GERRY JERRY
GERTRUDE GERTIE TRUDY|GREGORY GREG|HAROLD HAL HARRY|HELEN NELL NELLIE LENA|HENRY HANK HARRY HAL
HERBERT HERB BERT|ISABEL BELLA IZZY ISABELLA|JACOB JAKE|JAMES JIM JIMMY JAMIE|JANET JAN|JEAN JEANNIE
JEFFREY JEFF|JENNIFER JEN JENNY|JOAN JOANIE|JOHN JACK JOHNNY JON|JONATHAN JON JONNY NATE|JOSEPH JOE JOEY JOS
JOSEPHINE JO JOSIE|JUDITH JUDY JUDE|KATHLEEN KATHY KATE KAY|KATHERINE KATHY KATE KATIE KAY KITTY KATHRYN
KENNETH KEN KENNY|LAWRENCE LARRY LAURIE|LEONARD LEN LENNY LEO|LOUIS LOU LOUIE|LOUISE LOU LOUIE LULU
MARGARET PEGGY PEG MAGGIE MEG MARGE MARGIE GRETA MADGE DAISY MARGO META|MARY MOLLY POLLY MAE MAMIE MARIA MAME
MATTHEW MATT MATTY|MICHAEL MIKE MIKEY MICK MICKEY|MILDRED MILLIE|NANCY NAN|NATHANIEL NATE NAT NATHAN
NICHOLAS NICK NICKY|PAMELA PAM|PATRICIA PAT PATTY PATSY TRISH TRICIA|PATRICK PAT PADDY RICK|PETER PETE
PHILIP PHIL PIP|RAYMOND RAY|REBECCA BECKY BECCA|RICHARD DICK RICK RICKY RICH RICHIE|ROBERT BOB BOBBY ROB ROBBIE BERT
RONALD RON RONNIE|SAMUEL SAM SAMMY|SARAH SALLY SADIE SARA|STEPHEN STEVE STEVIE STEVEN|SUSAN SUE SUSIE SUZY SUZANNE
TERESA TERRY TESS TESSA THERESA|THOMAS TOM TOMMY|TIMOTHY TIM TIMMY|VIRGINIA GINNY GINGER|VICTORIA VICKY TORI
WALTER WALT WALLY|WILLIAM BILL BILLY WILL WILLIE WILLY LIAM|WILHELMINA MINNIE WILMA|ZACHARY ZACH ZACK
`;

/** Formal name → itself; familiar form → the formal names it can stand for (AL → ALBERT, ALEXANDER, ALFRED, ALAN). */
const rootsByName = new Map<string, Set<string>>();
const formsByFormalName = new Map<string, string[]>();
for (const group of table
  .split(/[|\n]/)
  .map((line) => line.trim())
  .filter(Boolean)) {
  const [formal, ...familiar] = group.split(/\s+/) as [string, ...string[]];
  formsByFormalName.set(formal, familiar);
  for (const name of [formal, ...familiar]) {
    const roots = rootsByName.get(name) ?? new Set<string>();
    roots.add(formal);
    rootsByName.set(name, roots);
  }
}

/** The formal names a given name (one word, matching form) may stand for; an unknown name stands for itself. */
export function givenNameRoots(name: string): string[] {
  const roots = rootsByName.get(name);
  return roots ? [...roots].sort() : [name];
}

/** True when two different given names are forms of one formal name (BILL and WILLIAM, PEGGY and MAGGIE). */
export function areNicknameForms(a: string, b: string): boolean {
  if (a === b || !a || !b) return false;
  const rootsOfB = new Set(givenNameRoots(b));
  return givenNameRoots(a).some((root) => rootsOfB.has(root));
}

/** The familiar forms of a formal given name (WILLIAM → BILL, BILLY, WILL, …); none for other names. */
export const familiarForms = (formal: string): readonly string[] => formsByFormalName.get(formal) ?? [];
