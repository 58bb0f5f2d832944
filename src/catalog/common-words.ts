/**
 * Ordinary words: never corrected as typos and never counted as part of a credential's name.
 * A short word like "can", "cost" or "visa" must not drift into an acronym one letter away.
 */
const WORDS = `
a about above across actually add after again against ago ahead all allowed almost alone along already also although
always am among an and another any anybody anyone anything anyway anywhere apply applying are area around as ask
asking at available away back bad badge badges based basic basically be because become been before being below
best better between big bit both bring but buy by call came can cannot cant card care case cases cask cert certs
certificate certificates certification certifications certified change changes changing cheap cheaper check choose
class claim clear close coming company compare comparing compared comparison cost costs could course courses crisp
current currently date dates day days deadline deadlines deal deploy deployed deploying desk did difference
different do does doing done dont down due during each early easier easy either else end ending enough entire
even ever every everyone everything exam exams example examples exactly except expect expected expects expire expires expiring fail fair germany korea
far fast fee fees few find fine first five focus for four free from full gale game gave get gets getting give given
go goes going gone good got great had hand happen happens hard has have having he hello help her here hey hi him his
hold holder holders holding hour hours how however i if im in include included includes including info into is isnt
it its ive just keep kind know last later learn least left less let level like likely list little live long look
looking lot lots lunch made main make many may maybe me mean means mine month months more most much must my myself
name named need needed needs never new next nice no none nor not nothing now of off offer offered offers often ok
okay old on once one only open or order other others our out over own page paid part pass passed passing past pay
people per pick place plan please plus point possible prep prepare pretty price pricing prices probably put question
questions quick quite rather read ready real really recommend recommended related renew renewal require required
requires right said same say says see seem seems sell send set should show side since sit sitting so some someone
something soon sort start started starting still stop study stuff such suggest sure take taken takes taking talk
team tell test tested testing tests than thank thanks that thats the their them then there these they thing things
think this those though three through time times to today together told too took top toward true try trying two
type under until up upcoming us use used useful user using usually valid value very via visa vs want wanted wants
was way we week weeks well went were what whats when where whether which while who whole whom whose why will wish
with within without won wont work worth would year years yes yet you your youre yours
arent doesnt wasnt werent havent didnt hasnt shouldnt wouldnt couldnt
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** True for a word that is never a typo of a catalog name. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word);
}
