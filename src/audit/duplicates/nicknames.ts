/**
 * Given names that people use interchangeably in CRMs (Bob for Robert, Liz for Elizabeth). Each line
 * is one group; a name may sit in several groups ("chris" is Christopher or Christine), and two
 * first names are nickname-equivalent when they share a group. Kept small and general on purpose:
 * it is matching knowledge, not a copy of any generator's list. Names are in the engine's
 * normalised form (lower case, letters only), so "Mary-Jo" would be "maryjo".
 */
const GROUPS = `
robert bob rob bobby robbie bert
william bill will billy willy liam
elizabeth liz beth lizzie betty betsy eliza libby elisabeth elise
katherine kate kathy katie kat kathryn catherine cathy cat kitty kathleen kay
james jim jimmy jamie
michael mike mick mickey mikey
richard rick rich dick ricky richie
jennifer jen jenny jenn
margaret maggie peggy meg marge margie greta
thomas tom tommy
christopher chris kit topher
christine chris chrissy christina kristina tina
daniel dan danny
danielle dani
matthew matt matty
anthony tony
joseph joe joey
josephine jo josie
andrew andy drew
nicholas nick nicky nico
nicola nicky nikki nicole
alexander alex sandy xander al lex
alexandra alex sandra sandy lexi
john jack johnny jon
jonathan jon jonny jonno
benjamin ben benny benji
samuel sam sammy
samantha sam sammy
patricia pat trish patty tricia
patrick pat paddy
susan sue susie suzanne suzy
deborah deb debbie debra
rebecca becky becca bec
victoria vicky vicki tori vic
jessica jess jessie
stephanie steph stephie
timothy tim timmy
edward ed eddie ted ned
gregory greg
jeffrey jeff geoffrey geoff
kenneth ken kenny
raymond ray
douglas doug
zachary zach zack zac zachariah
nathan nate
nathaniel nate nat
stephen steve stevie steven
donald don donny
ronald ron ronnie
charles charlie chuck chas
frederick fred freddie freddy
alfred alf fred al
henry harry hank
harold hal harry
david dave davy
peter pete
philip phil phillip
lawrence larry laurence laurie
gerald gerry jerry
jerome jerry
leonard len lenny leo
albert al bert bertie
theodore ted teddy theo
eugene gene
francis frank fran frankie
franklin frank
frances fran frankie
gabriel gabe
jacob jake
joshua josh
kimberly kim kimberley
abigail abby abbie gail
amanda mandy
barbara barb barbie babs
cynthia cindy
dorothy dot dottie dolly
eleanor ellie nell nora
emily em emmy
helen nellie
jacqueline jackie
judith judy
kristen kristy
louise lou
louis lou
lucinda lucy
madeline maddie madeleine madison
melissa mel missy
melanie mel
michelle shelly
natalie nat
pamela pam
penelope penny
rosemary rose rosie
sarah sara sally sadie
teresa terry tess tessa theresa
terence terry
valerie val
veronica ronnie
virginia ginny ginger
alison ali allison
angela angie
ann anne annie anna
beverly bev
caroline carrie carol
carolyn carrie
cornelius neil
dominic dom
ernest ernie
isabella bella izzy isabel isabelle
maximilian max
maxwell max
mitchell mitch
oliver ollie
reginald reg reggie
rodney rod
roger rog
russell russ
sebastian seb
stanley stan
tobias toby
vincent vince vinnie
walter walt wally
wesley wes
abraham abe
bartholomew bart
clifford cliff
cameron cam
dennis denny
gwendolyn gwen
harriet hattie
joanne jo
christian chris
`;

/** The groups as lists of names, first name of each group being its formal form. */
export const NICKNAME_GROUPS: readonly (readonly string[])[] = GROUPS.trim().split('\n').map((l) => l.trim().split(/\s+/));

/** name → indices of the groups it belongs to (ascending). */
export function nicknameIndex(groups: readonly (readonly string[])[] = NICKNAME_GROUPS): Map<string, number[]> {
  const index = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const name of new Set(g)) index.set(name, [...(index.get(name) ?? []), i]);
  });
  return index;
}

/** True when two normalised first names are the same or share a nickname group. */
export function sameGivenName(a: string, b: string, index = nicknameIndex()): boolean {
  if (a === b) return true;
  const ga = index.get(a);
  const gb = index.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** The formal form used for blocking ("bob" → "robert"): the first group's head, else the name. */
export function formalName(name: string, index = nicknameIndex(), groups = NICKNAME_GROUPS): string {
  const g = index.get(name);
  return g ? groups[g[0]][0] : name;
}
