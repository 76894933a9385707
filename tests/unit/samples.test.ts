import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { ROOT, WORKER_PATH } from '../support/paths';

describe('sample data', () => {
  it('arrives fresh whatever the date: the newest conversation half an hour ago, a full day to brief', async () => {
    const now = Date.parse('2027-03-10T09:00:00Z');
    const dir = await mkdtemp(join(tmpdir(), 'earshot-samples-'));
    const core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => now, resourcesDir: join(ROOT, 'resources') });
    try {
      const sources = await core.api['sources.addSamples']({});
      expect(sources.length).toBeGreaterThanOrEqual(5);
      expect(sources.every((s) => s.url.startsWith('file:'))).toBe(true);
      const summary = await core.api['sync.run']({});
      expect(summary.failed).toBe(0);
      expect(summary.added).toBeGreaterThan(150);
      const newest = (await core.api['conversations.list']({ limit: 1 })).items[0]!;
      expect(now - newest.publishedAt).toBeGreaterThanOrEqual(30 * 60_000);
      expect(now - newest.publishedAt).toBeLessThan(31 * 60_000);
      const lastDay = await core.api['conversations.list']({ limit: 200 });
      expect(lastDay.items.filter((c) => c.publishedAt > now - 86_400_000).length).toBeGreaterThan(5);
      // The sample company's names come with it, and what its searches find that is not about it stays out.
      expect((await core.api['watch.list']({})).map((w) => `${w.kind}:${w.word}`)).toEqual([
        'company:Kestrel',
        'product:Kestrel One',
        'competitor:Voltbird',
        'topic:the lock',
      ]);
      const listed = (await core.api['conversations.list']({ limit: 200 })).items.map((c) => c.title);
      for (const offTopic of ['Kestrel vs IIS', 'Kestrel web server', 'Kestrel HTTP/3', 'Kestrels can see', 'Kestrel hovering', 'Running Kestrel without']) {
        expect(listed.some((t) => t.includes(offTopic))).toBe(false);
      }
      expect(listed.some((t) => t.includes('Kestrel One battery went from 60% to 0'))).toBe(true);
      // App reviews carry stars: the reviewer's own word on how they feel.
      const reviews = (await core.api['conversations.list']({ limit: 200 })).items.filter((c) => c.sourceTitle === 'App Store reviews');
      const review = (title: string) => reviews.find((c) => c.title === title)!;
      expect(review('Range estimate is fantasy in winter')).toMatchObject({ tone: 'unhappy', toneWords: ['two stars'] });
      expect(review('Finally works again')).toMatchObject({ tone: 'pleased', toneWords: ['five stars'] });
      // The company's own blog is listed, but the brief counts only what customers say.
      const blog = sources.find((s) => s.title === 'Kestrel blog')!;
      expect(blog.own).toBe(true);
      expect(listed.some((t) => t.startsWith('Black Friday at Kestrel'))).toBe(true);
      const fromBlog = new Set((await core.api['conversations.list']({ sourceId: blog.id })).items.map((c) => c.id));
      expect(fromBlog.size).toBeGreaterThan(0);
      const brief = await core.api['brief.today']({});
      const named = [...brief.themes.flatMap((t) => t.conversationIds), ...brief.worthReading.map((w) => w.id), ...brief.questions.map((q) => q.id)];
      expect(named.filter((id) => fromBlog.has(id))).toEqual([]);
      // It is set beside them, under "From your company", so an answer already given is seen.
      expect(brief.fromUs?.map((p) => p.title)).toContain('Black Friday at Kestrel: what we are doing this year');
      expect(brief.fromUs?.every((p) => fromBlog.has(p.id))).toBe(true);
      expect(brief.markdown).toContain('## From your company');
      // Counted again once it is no longer the company's own: today's brief is made again to match.
      await core.api['sources.update']({ id: blog.id, own: false });
      await core.idle();
      const again = await core.api['brief.today']({});
      expect(again.totals.all).toBeGreaterThan(brief.totals.all);
      expect(again.fromUs).toEqual([]);
      // Adding them again changes nothing.
      expect((await core.api['sources.addSamples']({})).map((s) => s.id)).toEqual(sources.map((s) => s.id));
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
