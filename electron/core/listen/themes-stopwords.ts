// Words that never name a topic on their own: grammar, everyday verbs, time words, feelings. Discovery skips
// them so a found theme is about a thing ("firmware update"), not about "today" or "really".
import { stem } from './themes-text';

const WORDS = `
a about above across after again against all almost along already also although always am among an and another any
anybody anyone anything anyway anywhere are around as ask asked at away back be became because become been before
being below best better between big both but by came can cannot could did do does doing done down during each
either else enough even ever every everyone everything exactly far few find first for from full further get gets
getting give given gives go goes going gone good got great had has have having he her here hers herself him himself
his how however i if im in instead into is it its itself just keep kept know known last least less let like little
lot lots made make makes making many may me might mine more most much must my myself need needs never new next no
nobody none nor not nothing now of off often oh ok okay old on once one only or other others our ours ourselves out
over own part per please put quite rather re really right said same saw say says see seem seems seen several shall
she should since so some somebody someone something sometimes soon still such sure take taken than thank thanks that
the their theirs them themselves then there these they thing things think this those though through thus till to
today together told tomorrow too took toward tried try trying two under unless until up upon us use used very via
want wanted wants was way we well went were what whatever when where whether which while who whom whose why will
with within without would yes yet yesterday you your yours yourself yourselves u ur ya yall y'all pls plz thx ty
lol omg wtf smh hey hi hello guys guy amp dont doesnt didnt cant wont isnt arent wasnt im ive youre theyre thats
whats theres hes shes lets day days week weeks month months year years hour hours minute minutes min mins hr hrs
time times morning night tonight evening afternoon now ago again tho though via per ever still already really
seriously actually literally totally definitely probably maybe perhaps anyway also able unable better worse worst
bad good great nice awesome amazing terrible horrible awful love hate happy sad angry upset disappointed
frustrated frustrating ridiculous unacceptable sorry thanks thank appreciate please help helpful need wait waiting
come coming came call look looking looks go going gonna wanna gotta let lets tell told say said says ask asked
work working works worked trip today yesterday tomorrow people person someone anyone everyone company companies
customer customers fix fixed problem problems issue issues thing stuff way place experience one two three four five
first second last next new old same other another many much more most lot lots time again back still just even
flight flights fly flying flew flown airline airlines airport plane planes travel traveling trip trips order orders
product products item items store stores shop brand service services account app website online
stop start started end ended follow following followed keep sent send sending happen happened happens yes nope sir maam folks
`;

/** Stems of words that never name a topic alone. */
export const STOP_STEMS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);
