/**
 * Formal given name → the short forms people use in CRMs. Duplicates use them ("Bob Smith" for
 * "Robert Smith"); uniqueness checks compare names through `formalName` so two real, different
 * people at one company are never Robert and Bob Smith.
 */
export const NICKNAMES: Record<string, string[]> = {
  Robert: ['Bob', 'Rob', 'Bobby'], William: ['Bill', 'Will', 'Billy'], Elizabeth: ['Liz', 'Beth', 'Lizzie'],
  Katherine: ['Kate', 'Kathy', 'Katie'], Catherine: ['Cathy', 'Cat', 'Kate'], James: ['Jim', 'Jimmy', 'Jamie'],
  Michael: ['Mike', 'Mick'], Richard: ['Rick', 'Rich', 'Dick'], Jennifer: ['Jen', 'Jenny'],
  Margaret: ['Maggie', 'Peggy', 'Meg'], Thomas: ['Tom', 'Tommy'], Christopher: ['Chris', 'Kit'],
  Daniel: ['Dan', 'Danny'], Matthew: ['Matt'], Anthony: ['Tony'], Joseph: ['Joe', 'Joey'], Andrew: ['Andy', 'Drew'],
  Nicholas: ['Nick', 'Nicky'], Alexander: ['Alex', 'Sandy'], Jonathan: ['Jon', 'Jonny'], Benjamin: ['Ben', 'Benny'],
  Samuel: ['Sam', 'Sammy'], Patricia: ['Pat', 'Trish', 'Patty'], Susan: ['Sue', 'Susie'], Deborah: ['Deb', 'Debbie'],
  Rebecca: ['Becky', 'Bec'], Victoria: ['Vicky', 'Tori'], Jessica: ['Jess', 'Jessie'], Stephanie: ['Steph'],
  Christine: ['Chris', 'Chrissy'], Timothy: ['Tim'], Edward: ['Ed', 'Eddie', 'Ted'], Gregory: ['Greg'],
  Jeffrey: ['Jeff'], Kenneth: ['Ken', 'Kenny'], Raymond: ['Ray'], Douglas: ['Doug'], Zachary: ['Zach'],
  Nathan: ['Nate'], Stephen: ['Steve'], Steven: ['Steve'], Donald: ['Don', 'Donny'], Ronald: ['Ron', 'Ronnie'],
  Lawrence: ['Larry'], Dorothy: ['Dot', 'Dottie'], Kimberly: ['Kim'], Pamela: ['Pam'], Samantha: ['Sam', 'Sammie'],
  Abigail: ['Abby'], Judith: ['Judy'], Kathleen: ['Kathy', 'Kath'], Cynthia: ['Cindy'], Jacqueline: ['Jackie'],
  Alison: ['Ali'], Harriet: ['Hattie'], Matilda: ['Tilly'], Gabriele: ['Gabi'], Alexandre: ['Alex'],
  Maximilian: ['Max'], Johanna: ['Hanna'], Franziska: ['Franzi'], Katharina: ['Kathi', 'Kati'],
  Sebastian: ['Basti'], Christian: ['Chris'], Philipp: ['Phil'], Stefanie: ['Steffi'], Frédéric: ['Fred'],
  Mathieu: ['Matt'], Guillaume: ['Will'],
};

const FORMAL = new Map<string, string>();
for (const [formal, nicks] of Object.entries(NICKNAMES)) for (const n of nicks) if (!FORMAL.has(n)) FORMAL.set(n, formal);

/** The formal form of a given name, or the name itself. "Bob" → "Robert". */
export function formalName(first: string): string {
  return FORMAL.get(first) ?? first;
}
