import { describe, expect, it } from 'vitest';
import { toneOf, toneOfReview } from '../../../electron/core/listen/tone';
import { tokenize } from '../../../electron/core/listen/tone-tokens';

describe('toneOf: clear cases', () => {
  it.each([
    ['@kestrel thanks so much, the crew was amazing!', 'pleased'],
    ['Great job on the new release, love it :)', 'pleased'],
    ['@kestrel my order was delayed 3 hours and no one helped', 'unhappy'],
    ['@kestrel been on hold for 2 hours, this is ridiculous', 'unhappy'],
    ['Worst customer service ever. Never again.', 'unhappy'],
    ['@kestrel when will the new plan be available?', 'asking'],
    ['Does anyone know if Kestrel works offline?', 'asking'],
    ['how do I change my billing address', 'asking'],
    ['Kestrel released version 2.3 today.', 'neutral'],
    ['@kestrel flight 123 from Boston to Denver', 'neutral'],
    // Plain statements: faint evidence no single word carries is no opinion.
    ['I ride to work every day.', 'neutral'],
    ['Rode to work today.', 'neutral'],
    // News about a company is not a customer's feeling: "share" is a plan told, not joy.
    ['Kestrel says it will "share plans next week". Retailers expect smaller discounts than last year.', 'neutral'],
  ] as const)('%s → %s', (text, tone) => {
    expect(toneOf(text).tone).toBe(tone);
  });

  it("reads words that are also names on every JavaScript object as words (\"constructor\" scored NaN)", () => {
    expect(toneOf('The constructor is bad').tone).toBe('unhappy');
    expect(toneOf('The constructor was great, thanks').tone).toBe('pleased');
    for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(Number.isFinite(toneOf(`${w} is really terrible`).score)).toBe(true);
    }
  });

  it('gives neutral, no words and score 0 for empty or non-text input', () => {
    expect(toneOf('')).toEqual({ tone: 'neutral', words: [], score: 0 });
    expect(toneOf('   ')).toEqual({ tone: 'neutral', words: [], score: 0 });
    expect(toneOf(undefined as unknown as string).tone).toBe('neutral');
  });

  it('keeps the score between -1 and 1 with the sign of the tone', () => {
    const happy = toneOf('@kestrel AMAZING!!! best support ever 😍😍');
    const sad = toneOf('@kestrel TERRIBLE!!! worst support ever 😡😡');
    expect(happy.score).toBeGreaterThan(0.5);
    expect(happy.score).toBeLessThanOrEqual(1);
    expect(sad.score).toBeLessThan(-0.5);
    expect(sad.score).toBeGreaterThanOrEqual(-1);
  });
});

describe('toneOf: negation, contrast, emphasis', () => {
  it('flips a word after a negator', () => {
    expect(toneOf('The battery is good').tone).toBe('pleased');
    expect(toneOf('The battery is not good').tone).toBe('unhappy');
    expect(toneOf("I don't like it").tone).toBe('unhappy');
    expect(toneOf('@kestrel the support team was not helpful').tone).toBe('unhappy');
  });

  it('hears "like" as a feeling only as a verb', () => {
    const cold = "Commute this morning was -4°C and I got to work with 38% left. I knew cold would cost something but that's a big bite. Going to try bringing the battery in overnight like people suggested.";
    expect(toneOf(cold).tone).not.toBe('pleased');
    expect(toneOf(cold).words).not.toContain('like');
    expect(toneOf('I really like the new lights').tone).toBe('pleased');
    expect(toneOf('The lock works like a charm now').tone).toBe('pleased');
  });

  it('reads "not bad" and "no problem" as mildly pleased', () => {
    expect(toneOf('not bad at all').tone).toBe('pleased');
    expect(toneOf('Setup was no problem').tone).toBe('pleased');
  });

  it('reads set phrases with a negator as a whole', () => {
    expect(toneOf("Switched last month, couldn't be happier").tone).toBe('pleased');
    expect(toneOf("@kestrel you clearly don't care").tone).toBe('unhappy');
  });

  it('stops negation at punctuation', () => {
    // "not" belongs to the first clause; "great" in the second stays positive.
    expect(toneOf('It did not arrive today. The replacement is great!').score).toBeGreaterThan(0);
  });

  it('weighs what comes after "but" more', () => {
    expect(toneOf('I love this phone but the battery is terrible').tone).toBe('unhappy');
    expect(toneOf('The wait was long but the food was amazing').tone).toBe('pleased');
  });

  it('makes capitals, "!!" and elongated words stronger, not different', () => {
    const plain = toneOf('the app is bad').score;
    expect(toneOf('the app is BAD').score).toBeLessThan(plain);
    expect(toneOf('the app is bad!!').score).toBeLessThan(plain);
    expect(toneOf('love it').score).toBeLessThan(toneOf('loooove it').score + 1e-9);
    expect(toneOf('loooove it').tone).toBe('pleased');
  });

  it('reads emoji and emoticons', () => {
    expect(toneOf('@kestrel ❤️ you guys').tone).toBe('pleased');
    expect(toneOf('@kestrel 😡😡').tone).toBe('unhappy');
    expect(toneOf('@kestrel new update :(').tone).toBe('unhappy');
  });
});

describe('toneOf: asking or complaining', () => {
  it('calls a real question to the company asking', () => {
    expect(toneOf('@kestrel can you help me reset my password?').tone).toBe('asking');
    expect(toneOf('@kestrel is there a way to export my data').tone).toBe('asking');
  });

  it('does not call a rhetorical complaint asking', () => {
    expect(toneOf('@kestrel why is your app so slow?').tone).toBe('unhappy');
    expect(toneOf('@kestrel Seriously? Again?').tone).toBe('unhappy');
    expect(toneOf('@kestrel your app is a joke, how hard is it to fix login?').tone).toBe('unhappy');
  });

  it('lets strong feeling win over a question mark', () => {
    expect(toneOf('@kestrel my bag is lost, the staff were rude and nobody will answer. Where is it?').tone).toBe('unhappy');
  });
});

describe('toneOf: words that tipped it', () => {
  it('returns the deciding words, phrases included', () => {
    const r = toneOf('@kestrel my flight was delayed 3 hours and no one helped');
    expect(r.words).toContain('delayed');
    expect(r.words).toContain('no one');
    expect(r.words.length).toBeLessThanOrEqual(5);
  });

  it('shows a negated word with its negator, once', () => {
    expect(toneOf('@kestrel the support team was not helpful').words).toEqual(['not helpful']);
  });

  it('only returns words that pull the same way as the tone', () => {
    const r = toneOf('The wait was long but the food was amazing');
    expect(r.words).toContain('amazing');
    expect(r.words).not.toContain('long');
  });

  it('returns the question cue for asking and nothing for neutral', () => {
    expect(toneOf('@kestrel when will the new plan be available?').words).toEqual(['when will']);
    expect(toneOf('Is Kestrel worth it for a small team?').words).toEqual(['is …?']);
    expect(toneOf('Kestrel released version 2.3 today.').words).toEqual([]);
  });

  it('never returns bare function words', () => {
    const r = toneOf('@kestrel this is the worst app I have ever used');
    for (const w of r.words) expect(['the', 'is', 'this', 'i', 'have']).not.toContain(w);
  });
});

describe('tokenize', () => {
  it('drops links and @names, keeps hashtags as words, decodes entities', () => {
    const t = tokenize('@kestrel Q&amp;A was #awesome http://t.co/x');
    expect(t.tokens.map((x) => x.w)).toEqual(['q', 'a', 'was', 'awesome']);
    expect(t.mentions).toBe(1);
    expect(t.links).toBe(1);
  });

  it('marks shouted words only when the whole text is not shouting', () => {
    expect(tokenize('this is the WORST').tokens[3]?.caps).toBe(true);
    expect(tokenize('THIS IS THE WORST').tokens[3]?.caps).toBe(false);
  });

  it('cuts elongated words and ends clauses at punctuation', () => {
    const t = tokenize('soooo good, not');
    expect(t.tokens[0]).toMatchObject({ w: 'soo', elongated: true });
    expect(t.tokens[1]).toMatchObject({ w: 'good', stop: true });
  });
});

describe('polite requests', () => {
  it('does not hear "please" as pleased', () => {
    expect(toneOf('Range estimate is fantasy in winter. Please make the estimate account for temperature!').tone).not.toBe('pleased');
    expect(toneOf('Please fix the login, it keeps failing and I am locked out again.').tone).toBe('unhappy');
  });
});

describe("toneOfReview: a review's stars", () => {
  it('one or two stars is unhappy, four or five pleased, whatever the words; the stars are what tipped it', () => {
    expect(toneOfReview('Range estimate is fantasy in winter. The app says 74 km left.', 2)).toMatchObject({ tone: 'unhappy', words: ['two stars'] });
    expect(toneOfReview('Finally works again', 5)).toMatchObject({ tone: 'pleased', words: ['five stars'] });
    expect(toneOfReview('Terrible wait but the bike is great', 1.5)).toMatchObject({ tone: 'unhappy', words: ['1.5 stars'] });
  });

  it('a real question still asks; three stars, or none, leave it to the words', () => {
    expect(toneOfReview('Is there a way to export my rides?', 4).tone).toBe('asking');
    expect(toneOfReview('Is there a way to export my rides?', 2).tone).toBe('unhappy');
    expect(toneOfReview('I love this app', 3)).toEqual(toneOf('I love this app'));
    expect(toneOfReview('I hate this app', null)).toEqual(toneOf('I hate this app'));
  });
});

describe('toneOf: repairs', () => {
  it('a problem named after a word of repair is solved; a repair that did not happen is the complaint', () => {
    expect(toneOf('Kestrel app 4.2.2 fixed my login issue')).toMatchObject({ tone: 'pleased', words: ['fixed issue'] });
    expect(toneOf('The update fixed the crash, great').tone).toBe('pleased');
    expect(toneOf('Kestrel says app update 4.2.2 resolves login problems')).toMatchObject({ tone: 'pleased', words: ['resolves problems'] });
    expect(toneOf('They still have not fixed the broken lock')).toMatchObject({ tone: 'unhappy' });
    expect(toneOf('They still have not fixed the broken lock').words).toContain('not fixed');
    expect(toneOf('Support never solved my problem').tone).toBe('unhappy');
  });
});
