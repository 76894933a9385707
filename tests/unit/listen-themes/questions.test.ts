import { describe, expect, it } from 'vitest';
import { asksCompany, questionSentence } from '../../../electron/core/listen/questions';

const WATCH = ['Kestrel', '@kestrel', '@kestrel_help'];

describe('asksCompany', () => {
  it.each([
    '@kestrel when will the app be fixed?',
    'Does Kestrel plan to sell a cargo bike this year?',
    'Kestrel, can you tell me where my order is?',
    'Great bike. How do I reset my lock?',
    'Hi @kestrel_help — is there a way to export my rides',
    'Loving the ride so far. Any idea when the winter tyres ship?',
    'Does anyone know if the Kestrel charger works with 110V?',
    'Please let me know when my refund goes through',
  ])('asks: %s', (text) => {
    expect(asksCompany(text, WATCH)).toBe(true);
  });

  it.each([
    'Who even designs this?!',
    'Why would anyone buy this?',
    '@kestrel seriously? Again?',
    'Are you kidding me, Kestrel? Third time this month.',
    'How hard is it to ship a working update?',
    '@kestrel is it too much to ask for a bike that starts?',
    '@kestrel how about answering your phone for once?',
    'Kestrel is the best bike I have owned.',
    'The app crashed again. Not happy.',
    'Why?',
    '',
  ])('does not ask: %s', (text) => {
    expect(asksCompany(text, WATCH)).toBe(false);
  });

  it('needs the question to be put to someone, not idle talk', () => {
    expect(asksCompany('What did everyone think of the game last night?', WATCH)).toBe(false);
  });
});

describe('questionSentence', () => {
  it('quotes the asking sentence, not the complaint around it', () => {
    expect(questionSentence('The battery died twice this week. @kestrel when will the fix ship? Thanks.', WATCH)).toBe(
      '@kestrel when will the fix ship?',
    );
  });
  it('skips the rhetorical question and finds the real one', () => {
    expect(questionSentence('Who even designs this?! How do I turn off the beeping?', WATCH)).toBe(
      'How do I turn off the beeping?',
    );
  });
  it('is null when nothing is asked', () => {
    expect(questionSentence('Lovely ride to work today.', WATCH)).toBeNull();
    expect(questionSentence('', WATCH)).toBeNull();
  });
});
