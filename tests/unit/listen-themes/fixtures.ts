// Small written windows of conversations for the themes tests (a fictional e-bike company, Kestrel).
import type { ThemeInput, ThemeTone } from '../../../electron/core/listen/themes';

export function item(id: string, text: string, tone: ThemeTone | null = 'unhappy'): ThemeInput {
  return { id, title: '', text, tone, link: `https://example.com/${id}`, sourceId: 'src', publishedAt: 0 };
}

export const DAY_ONE: ThemeInput[] = [
  item('b1', '@kestrel the battery dies after 10 km, terrible battery life'),
  item('b2', 'Kestrel battery barely holds a charge in the cold'),
  item('b3', 'My Kestrel batteries lost half their range in a month'),
  item('b4', 'battery life on the new Kestrel is poor, range is nowhere near advertised'),
  item('b5', '@kestrel is a replacement battery covered?', 'asking'),
  item('d1', '@kestrel my delivery was delayed again, third week waiting'),
  item('d2', 'Kestrel shipping takes forever, package still not here'),
  item('d3', 'tracking number for my Kestrel order has not moved in days, where is my delivery?', 'asking'),
  item('s1', 'Kestrel customer service never answers the phone'),
  item('s2', 'on hold for an hour with Kestrel support, then they hung up'),
  item('s3', '@kestrel_help no reply to my email for two weeks'),
  item('p1', 'Thank you Kestrel, love my new bike!', 'pleased'),
  item('p2', 'Kestrel rides beautifully, thanks!', 'pleased'),
  item('x1', 'Kestrel saddle squeaks a little', 'neutral'),
  item('x2', 'Saw a Kestrel at the park today', 'neutral'),
];
