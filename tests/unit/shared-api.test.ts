import { describe, expect, it } from 'vitest';
import { API_METHODS, ApiError, isApiMethod, validateArgs } from '../../shared/api';

describe('the Api contract', () => {
  it('lists every method once, named area.verb', () => {
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
    for (const m of API_METHODS) expect(m).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    expect(API_METHODS).toContain('sources.add');
    expect(API_METHODS).toContain('sync.run');
  });

  it('accepts well-formed arguments', () => {
    expect(validateArgs('sources.add', { url: 'https://example.com/feed', kind: 'search' })).toEqual({
      url: 'https://example.com/feed',
      kind: 'search',
    });
    expect(validateArgs('sources.list', undefined)).toEqual({});
  });

  it.each([
    ['sources.add', {}, '“url” is missing.'],
    ['sources.add', { url: 42 }, '“url” should be text.'],
    ['sources.add', { url: 'x', kind: 'blog' }, '“kind” should be one of: "search", "general".'],
    ['sources.add', { url: 'x', extra: 1 }, '“sources.add” does not take “extra”.'],
    ['sources.update', { id: 'a', paused: 'yes' }, '“paused” should be yes or no.'],
    ['sync.run', { sourceIds: 'all' }, '“sourceIds” should be a list of names.'],
    ['conversations.list', { limit: Number.NaN }, '“limit” should be a number.'],
    ['sources.list', [], 'The details for “sources.list” were not understood.'],
  ] as const)('refuses %s %j in plain words', (method, args, message) => {
    expect(() => validateArgs(method, args)).toThrow(new ApiError(message, 'invalid'));
  });

  it('refuses unknown methods, including inherited names', () => {
    expect(isApiMethod('constructor')).toBe(false);
    expect(isApiMethod('toString')).toBe(false);
    expect(() => validateArgs('shell.exec' as never, {})).toThrow(/no action called/);
  });

  it.each([
    ['brief.list', { limit: 1.5 }, 'limit'],
    ['conversations.list', { limit: 20.5 }, 'limit'],
    ['search.query', { text: 'x', offset: 0.5 }, 'offset'],
    ['followups.open', { olderThanDays: 2.25 }, 'olderThanDays'],
    ['settings.set', { syncIntervalMinutes: 0.001 }, 'syncIntervalMinutes'],
    ['settings.set', { retentionDays: 7.5 }, 'retentionDays'],
    ['settings.set', { syncConcurrency: 2.5 }, 'syncConcurrency'],
  ] as const)('refuses a fraction where %s wants a whole number (%j)', (method, args, name) => {
    expect(() => validateArgs(method, args)).toThrow(new ApiError(`“${name}” should be a whole number.`, 'invalid'));
  });

  it('takes whole numbers, and fractions where a number may have one', () => {
    expect(validateArgs('brief.list', { limit: 3 })).toEqual({ limit: 3 });
    expect(validateArgs('settings.set', { syncIntervalMinutes: 0, retentionDays: 90, syncConcurrency: 4 })).toBeTruthy();
    expect(validateArgs('search.query', { text: 'x', from: 1_700_000_000_000.5 })).toBeTruthy(); // a time, not a count
    expect(() => validateArgs('brief.list', { limit: 0 })).toThrow('“limit” should be between 1 and 1000.');
  });

  it('refuses over-long text', () => {
    expect(() => validateArgs('sources.add', { url: 'x'.repeat(5000) })).toThrow('“url” is too long.');
  });
});
