// The brief in words (Markdown). Customer words are always marked: theme quotes and questions as blockquotes
// in quotation marks, titles as link texts. However busy the day, it stays short enough to finish in minutes.
import { askedAboveLine, type BriefData } from '../../../shared/brief';
import { count } from '../../../shared/words';
import { capitalize, cleanQuote, mdLink, wordCount } from './markdown';
import { CLOSING, failedSourcesLine, followUpLine, plainName, totalsLines } from './words';

export const MAX_WORDS = 680;

interface Budget {
  themes: number;
  quotes: number;
  quoteChars: number;
  worth: number;
  questions: number;
  followUps: number;
  titleChars: number;
}

/** From the fullest brief to the barest; the first that fits the word limit is used. */
const BUDGETS: Budget[] = [
  { themes: 5, quotes: 5, quoteChars: 200, worth: 7, questions: 5, followUps: 5, titleChars: 90 },
  { themes: 5, quotes: 5, quoteChars: 140, worth: 7, questions: 5, followUps: 5, titleChars: 70 },
  { themes: 5, quotes: 4, quoteChars: 120, worth: 6, questions: 4, followUps: 4, titleChars: 60 },
  { themes: 5, quotes: 3, quoteChars: 100, worth: 5, questions: 3, followUps: 3, titleChars: 50 },
  { themes: 4, quotes: 2, quoteChars: 90, worth: 4, questions: 2, followUps: 3, titleChars: 40 },
  { themes: 3, quotes: 1, quoteChars: 80, worth: 3, questions: 2, followUps: 2, titleChars: 40 },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dateWords(at: number, offsetMinutes: number): string {
  const d = new Date(at - offsetMinutes * 60_000);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Customer words as a blockquote, with who said it and a link to the whole thread. */
function quoteLine(text: string, max: number, link: string | null, who = ''): string {
  const read = link ? ` (${mdLink('read it', link)})` : '';
  return `> “${cleanQuote(text, max)}”${who ? ` —${who}` : ''}${read}`;
}

function render(data: Omit<BriefData, 'markdown'>, b: Budget, offsetMinutes: number): string {
  const out: string[] = [`# Your brief for ${dateWords(data.window.end, offsetMinutes)}`, ''];
  // Each thread is shown once, and everything that asked is counted where it is shown: quoted under a theme,
  // listed as worth reading ("a question for you") or among the questions.
  const asked = (items: BriefData['worthReading']) => items.filter((w) => w.tone === 'asking').length;
  const askedQuotes = (themes: BriefData['themes']) => themes.filter((t) => t.quote?.asking).length;
  const themes = data.themes.slice(0, b.themes);
  const askedQuoted = askedQuotes(themes.slice(0, b.quotes));
  const worth = data.worthReading.slice(0, b.worth);
  const questions = data.questions.slice(0, b.questions);
  out.push(...totalsLines(data.totals, data.window, data.id, askedQuotes(data.themes) + asked(data.worthReading) + data.questions.length), '');
  if (themes.length) {
    out.push('## What people talked about', '');
    themes.forEach((t, i) => {
      out.push(`### ${capitalize(plainName(t.label))}`, '', t.summary, '');
      if (t.quote && i < b.quotes) {
        const who = t.quote.author ? ` ${cleanQuote(t.quote.author, 40)}` : '';
        out.push(quoteLine(t.quote.text, b.quoteChars, t.quote.link, who), '');
      }
    });
  }
  if (worth.length) {
    out.push('## Worth reading', '');
    // Naming the source helps only when they differ.
    const oneSource = new Set(worth.map((w) => w.source)).size === 1;
    worth.forEach((w, i) => {
      const from = oneSource ? '' : ` From ${plainName(w.source)}.`;
      out.push(`${i + 1}. ${mdLink(w.title, w.link, b.titleChars)}: ${w.why}.${from}`);
    });
    out.push('');
  }
  // What a shorter brief leaves out of its lists is still counted in its headline: say so.
  const left = askedQuotes(data.themes) - askedQuoted + asked(data.worthReading) - asked(worth) + data.questions.length - questions.length;
  if (questions.length || left > 0) {
    out.push('## Questions for you', '');
    for (const q of questions) {
      const who = q.author ? ` ${cleanQuote(q.author, 40)}` : '';
      const sentence = q.sentence.replace(/^(\s*(?:[@#][\w.]+[:,]?|[-–—:]))+\s*/u, '') || q.sentence;
      out.push(quoteLine(sentence, b.quoteChars, q.link, who), '');
    }
    const above = askedAboveLine(askedQuoted + asked(worth), questions.length > 0);
    if (above) out.push(above, '');
    if (left > 0) out.push(`And ${count(left, 'more question')}.`, '');
  }
  const followUps = data.followUps.slice(0, b.followUps);
  if (followUps.length) {
    out.push('## Still open', '');
    for (const f of followUps) out.push(`- ${mdLink(f.title, f.link, b.titleChars)}. ${followUpLine(f.person, f.days, f.status)}`);
    const more = data.followUps.length - followUps.length;
    if (more > 0) out.push(`- And ${more === 1 ? 'one more' : `${more} more`}.`);
    out.push('');
  }
  const ours = (data.fromUs ?? []).slice(0, b.followUps);
  if (ours.length) {
    out.push('## From your company', '');
    for (const p of ours) out.push(`- ${mdLink(p.title, p.link, b.titleChars)}, on ${plainName(p.source)}.`);
    out.push('');
  }
  out.push('## The last 30 days', '', data.trendCaption, '');
  const failed = failedSourcesLine(data.failedSources.map((s) => s.title));
  if (failed) out.push(`_${failed}_`, '');
  out.push(CLOSING, '');
  return out.join('\n');
}

/** The brief's Markdown: the fullest version that keeps within the word limit. */
export function renderMarkdown(data: Omit<BriefData, 'markdown'>, offsetMinutes = 0): string {
  let text = '';
  for (const budget of BUDGETS) {
    text = render(data, budget, offsetMinutes);
    if (wordCount(text) <= MAX_WORDS) return text;
  }
  return text;
}
