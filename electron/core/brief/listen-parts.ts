// What the brief borrows from listening (themes, questions, watch words), behind one small seam so the brief's
// own logic can be tested with stand-ins.
import type { Tone } from '../../../shared/model';
import { findThemes } from '../listen/themes';
import { asksCompany, questionSentence } from '../listen/questions';
import type { WindowItem } from './tones';

export interface FoundTheme {
  key: string;
  label: string;
  conversationIds: string[];
  tone: Tone;
  toneCounts: Record<string, number>;
  keyWords: string[];
}

export interface ListenParts {
  themes(
    items: WindowItem[],
    options: { max: number; ignoreWords: string[]; previousKeys: string[]; background?: string[]; topics?: Array<{ word: string; aliases: string[] }> },
  ): FoundTheme[];
  asks(text: string, watchWords: string[]): boolean;
  questionSentence(text: string, watchWords: string[]): string | null;
}

export const LISTEN_PARTS: ListenParts = {
  themes: (items, options) =>
    findThemes(
      items.map((i) => ({ id: i.id, title: i.title, text: i.text, tone: i.tone, link: i.link, sourceId: i.sourceId, publishedAt: i.publishedAt })),
      options,
    ),
  asks: (text, watchWords) => asksCompany(text, watchWords),
  questionSentence: (text, watchWords) => questionSentence(text, watchWords) || null,
};
