// Hand-written word lists for how customers talk to a company. Values use the VADER scale (-4 … +4) so they
// mix with the general lexicon; entries here win over it.

/** Single words whose general-English score is wrong for customer talk, plus complaint/praise words it lacks. */
export const CUSTOMER_WORDS: Record<string, number> = {
  // Words that are polite or topical in a request rather than happy.
  please: 0, share: 0, shares: 0, shared: 0.2, sharing: 0.2, help: 0.3, like: 0.9, hope: 0.6, care: 0.6, pretty: 0.4, free: 0.8, yes: 0.6, ok: 0.4, okay: 0.4,
  joke: -1.2, kind: 0.8, well: 0.4, god: 0, lol: 0.8, haha: 0.8, want: 0, top: 0.3, super: 1.2, wow: 0.6,
  need: -0.2, needs: -0.2, tell: 0, sure: 0.4, fine: 0.6, pay: -0.4, credit: 0, save: 0.3, play: 0,
  // Service failures.
  delayed: -1.6, delay: -1.4, delays: -1.6, delaying: -1.6, cancelled: -1.8, canceled: -1.8, cancel: -1.2,
  cancellation: -1.4, cancellations: -1.5, late: -1.2, later: -0.2, waiting: -1.0, waited: -1.3, wait: -0.6,
  stuck: -1.8, stranded: -2.4, missed: -1.3, missing: -1.4, lost: -1.6, losing: -1.4, overbooked: -1.8,
  oversold: -1.6, bumped: -1.2, diverted: -1.0, rebook: -0.8, rebooked: -0.6, rebooking: -0.8, refund: -0.9,
  refunds: -0.8, compensation: -0.8, compensate: -0.6, voucher: -0.4, complaint: -1.6, complain: -1.5,
  complained: -1.6, hold: -0.9, hung: -1.2, hours: -0.8, hrs: -0.8, hour: -0.5, hr: -0.5, minutes: -0.3,
  mins: -0.3, days: -0.3, still: -0.5, again: -0.4, yet: -0.3, anymore: -0.6, ever: -0.3, nobody: -1.2,
  nothing: -0.8, unacceptable: -2.6, ridiculous: -2.2, rude: -2.4, unhelpful: -2.2, useless: -2.2, incompetent: -2.6,
  incompetence: -2.6, pathetic: -2.6, disgusting: -2.8, horrible: -2.6, terrible: -2.8, awful: -2.6, worst: -3.2,
  worse: -2.2, fail: -2.2, failed: -1.8, fails: -1.8, failure: -2.0, sucks: -2.2, suck: -2.0, sucked: -2.0,
  crap: -2.0, crappy: -2.2, garbage: -2.2, trash: -2.0, junk: -2.0, mess: -1.6, messed: -1.6, nightmare: -2.4,
  disappointed: -2.2, disappointing: -2.2, disappointment: -2.2, frustrated: -2.2, frustrating: -2.2,
  annoyed: -2.0, annoying: -2.0, upset: -2.0, angry: -2.4, furious: -3.0, mad: -1.8, smh: -1.6, ugh: -1.8,
  wtf: -2.6, seriously: -1.0, really: 0, broke: -1.6, broken: -2.0, crash: -1.8, crashed: -1.8, crashes: -1.8,
  crashing: -1.8, bug: -1.0, bugs: -1.0, buggy: -1.8, glitch: -1.4, error: -1.4, errors: -1.4, issue: -1.0,
  issues: -1.0, problem: -1.4, problems: -1.4, charged: -0.8, overcharged: -2.2, fee: -0.6, fees: -0.8,
  dirty: -1.8, cramped: -1.4, uncomfortable: -1.6, unprofessional: -2.4, overpriced: -1.8, expensive: -1.0,
  slow: -1.2, slower: -1.2, cold: -0.8, bland: -1.6, stale: -1.6, tasteless: -1.8, mediocre: -1.6, meh: -1.2,
  poor: -2.0, poorly: -1.8, bad: -2.4, waste: -2.2, wasted: -2.2, hate: -2.8, hated: -2.8, refused: -1.6,
  ignored: -1.8, ignoring: -1.8, excuse: -1.0, excuses: -1.4, misleading: -2.0, scam: -2.6, lie: -1.8, lied: -2.2,
  lies: -1.8, breaks: -1.6, breaking: -1.4, drains: -1.4, drain: -1.0, uninstalled: -2.0,
  uninstall: -1.4, unusable: -2.6, laggy: -1.8, lag: -1.2, freezes: -1.8, freeze: -1.4, frozen: -1.2, bummed: -2.0, nonexistent: -1.8, loyalty: 0.3, loyal: 0.6, outage: -1.8, outages: -1.8, down: -0.4, wish: -0.2, hoping: 0.3, sorry: -0.6, apology: -0.4, unfortunately: -1.4, return: -0.4, returned: -0.6, returning: -0.4,
  // Praise.
  thanks: 1.9, thank: 1.8, thx: 1.6, ty: 1.4, appreciate: 2.0, appreciated: 2.0, kudos: 2.4, shoutout: 2.0,
  awesome: 3.1, amazing: 3.0, excellent: 3.0, fantastic: 3.0, wonderful: 2.8, outstanding: 3.0, superb: 3.0,
  great: 3.0, love: 3.0, loved: 3.0, loving: 2.8, loves: 2.8, best: 3.0, perfect: 2.8, perfectly: 2.4,
  smooth: 1.6, seamless: 2.0, helpful: 2.2, friendly: 2.2, courteous: 2.2, professional: 1.6, pleasant: 2.0,
  comfortable: 1.8, comfy: 1.8, impressed: 2.4, impressive: 2.4, recommend: 2.0, recommended: 2.0, happy: 2.6,
  glad: 2.2, pleased: 2.4, delicious: 2.8, tasty: 2.4, yummy: 2.4, fresh: 1.4, nice: 1.8, good: 1.9, works: 1.0,
  worked: 0.8, work: 0.5, working: 0.6, fast: 1.2, quick: 1.2, quickly: 1.0, easy: 1.6, easily: 1.2, solid: 1.4,
  reliable: 1.8, sturdy: 1.6, clear: 1.2, crisp: 1.4, bright: 1.0, worth: 1.4, gem: 2.2, favorite: 2.4,
  favourite: 2.4, fan: 1.4, enjoyed: 2.2, enjoy: 2.0, fun: 2.0, beautiful: 2.6, cute: 1.8, cool: 1.4,
  early: 0.6, upgrade: 0.6, upgraded: 1.4, rock: 1.2, rocks: 2.2, star: 1.2, stars: 0.8, welcome: 1.0,
  welcoming: 2.0, attentive: 2.2, generous: 2.0, fabulous: 3.0, incredible: 2.8, exceeded: 2.0, cheers: 1.4,
};

/** Word sequences (matched before single words, longest first). */
export const CUSTOMER_PHRASES: Record<string, number> = {
  'on hold': -2.0, 'hung up': -2.2, 'hang up': -1.6, 'no one': -1.6, 'no response': -2.0,
  'no answer': -1.8, 'no reply': -1.8, 'no help': -2.4, 'no info': -1.6, 'no information': -1.6,
  'no updates': -1.6, 'no update': -1.6, 'never again': -2.8, 'never received': -2.2, 'never got': -1.8,
  'never fly': -2.6, 'never flying': -2.6, 'thanks for nothing': -2.8, 'what a joke': -2.6, 'lost my': -2.0,
  'lost our': -2.0, 'customer service': -0.3, 'missed my': -1.8, 'missed our': -1.8, 'still waiting': -2.0,
  'still no': -1.8, 'still not': -1.8, 'waste of': -2.6, 'not happy': -2.2, 'not impressed': -2.2,
  'not good': -1.8, 'not great': -1.6, 'not worth': -2.0, 'not recommend': -2.2, 'would not': -0.8,
  'do not': -0.6, 'does not work': -2.2, "doesn't work": -2.2, "didn't work": -2.0, 'stopped working': -2.2,
  'not working': -2.0, 'fell apart': -2.2, 'went down': -1.2, 'gave up': -1.6, 'give up': -1.4, 'too long': -1.4,
  'too much': -1.0, 'too small': -1.2, 'too slow': -1.8, 'no way': -1.0, 'fed up': -2.4,
  'sick of': -2.4, 'tired of': -2.0, 'over it': -1.2, 'come on': -1.2, 'are you kidding': -2.2, 'kidding me': -2.2,
  'how hard': -1.6, 'how long': -1.2, 'why is': -0.6, 'why are': -0.6, 'why does': -0.6, 'why do': -0.6,
  'why did': -0.8, 'why would': -0.8, 'why can': -0.8, "why can't": -1.2, 'ripped off': -2.6, 'rip off': -2.6,
  "couldn't be happier": 3.0, 'could not be happier': 3.0, "couldn't be better": 2.8, 'could not be better': 2.8,
  "couldn't be worse": -3.0, 'could not be worse': -3.0, "can't recommend enough": 3.0, 'hangs up': -2.0, 'hanging up': -2.0, 'would be nice': -0.8, 'non existent': -1.8, "don't care": -2.4,
  "doesn't care": -2.4, "didn't care": -2.2, 'no longer': -1.0, "can't count on": -2.2, 'not acceptable': -2.4,
  'at least': -1.0, 'should have': -0.8, "should've": -0.8, 'supposed to': -1.0, 'how about': -0.5,
  'instead of': -0.4, 'i wish': -0.6, 'wish you': -0.6, 'thank you': 2.2, 'thanks so much': 2.8, 'thank you so much': 3.0, 'great job': 3.2, 'great service': 3.2,
  'good job': 2.8, 'well done': 2.8, 'shout out': 2.2, 'on time': 1.4, 'ahead of schedule': 2.0,
  'above and beyond': 3.0, 'the best': 3.0, 'made my day': 3.0, 'love it': 3.0, 'loved it': 3.0,
  'highly recommend': 3.2, 'must have': 2.0, 'five stars': 2.6, '5 stars': 2.6, 'one star': -2.4, '1 star': -2.4,
  'zero stars': -2.8, '0 stars': -2.8, 'two thumbs up': 3.0, 'thumbs up': 2.4, 'thumbs down': -2.4,
  'keep up the good work': 3.0, 'no problem': 1.2, 'no problems': 1.6, 'no complaints': 2.0, 'no issues': 1.6,
  'not bad': 1.2, 'like a charm': 2.4, "can't wait": 2.0, 'cannot wait': 2.0, "can't complain": 1.6, 'big fan': 2.4, 'go back': 0.8,
  'come back': 0.8, 'coming back': 1.2, 'will be back': 2.0, 'will not be back': -2.8, "won't be back": -2.8,
  'not coming back': -2.8, 'never go back': -2.8, 'never be back': -2.8, 'stay away': -2.6, 'avoid': -1.8,
};

/** Negation flips the next few words (until punctuation). They lean slightly negative themselves. */
export const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'without', 'cannot', 'hardly', 'barely', 'nowhere',
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't", 'dont', 'doesnt', 'didnt', 'isnt', 'arent',
  'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'nope',
  'lack', 'lacks', 'lacking', 'lacked',
]);

/** Intensifiers (+) and dampeners (−) for the word that follows. */
export const BOOSTERS: Record<string, number> = {
  absolutely: 0.3, completely: 0.3, extremely: 0.3, incredibly: 0.3, really: 0.3, so: 0.3, such: 0.25, too: 0.2,
  totally: 0.3, truly: 0.3, utterly: 0.3, very: 0.3, super: 0.3, highly: 0.3, most: 0.2, more: 0.15, quite: 0.2,
  especially: 0.2, exceptionally: 0.3, remarkably: 0.3, seriously: 0.3, ridiculously: 0.3, insanely: 0.3,
  damn: 0.3, fucking: 0.4, freaking: 0.3, sooo: 0.4, soo: 0.35, way: 0.2, definitely: 0.2, pretty: 0.15,
  barely: -0.3, slightly: -0.3, somewhat: -0.3, kinda: -0.3, 'sort of': -0.3, 'kind of': -0.3, little: -0.2,
  fairly: -0.15, almost: -0.2, mostly: -0.1, rather: -0.1, bit: -0.2, marginally: -0.3, occasionally: -0.3,
};

/** Words after which the second half of a sentence matters more than the first. */
export const CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', 'except', 'unfortunately']);

/** Opening words of a question put to someone. */
export const QUESTION_OPENERS = new Set([
  'how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'is', 'are', 'can', 'could', 'will', 'would',
  'do', 'does', 'did', 'should', 'may', 'might', 'have', 'has', 'any', 'anyone', 'anybody', 'am', 'shall',
]);

/** Phrases that ask even without a question mark ("does anyone know if…", "how do I…"). */
export const ASKING_PHRASES = [
  'does anyone know', 'anyone know', 'anybody know', 'how do i', 'how can i', 'how do you', 'how do we',
  'how to', 'is there a way', 'is there any way', 'any way to', 'is it possible', 'can i', 'can you', 'could you',
  'can we', 'could i', 'would you', 'will you', 'do you', 'where can i', 'where do i', 'when will', 'when is',
  'when does', 'what is the', "what's the", 'what time', 'wondering if', 'wondering whether', 'i wonder',
  'any idea', 'any ideas', 'any update on', 'any news on', 'do i need', 'should i', 'am i able', 'is it ok',
  'let me know', 'please advise', 'please confirm', 'question about', 'quick question', 'need to know',
  'looking for info', 'how much', 'how many', 'is there', 'are there', 'which one',
];

/** Openers that make a question rhetorical — the writer is complaining, not asking. */
export const RHETORICAL = new Set([
  'why', 'seriously', 'really', 'how hard', 'are you kidding', 'what happened to', 'who does that', 'what the',
]);

/** Function words: too common to carry tone on their own, so the model skips them and they are never shown. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'it', "it's",
  'its', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'i', "i'm", "i've", "i'd", 'me', 'my', 'we', 'our',
  'us', 'you', 'your', "you're", 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'this', 'that', 'these',
  'those', 'there', 'here', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'just',
  'so', 'if', 'then', 'than', 'also', 'about', 'into', 'out', 'up', 'what', 'which', 'who', 'when', 'where', 'how',
  'all', 'any', 'some', 'one', 'get', 'got', 'go', 'going', 'went', 's', 't',
]);
