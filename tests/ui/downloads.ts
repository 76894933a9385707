// jsdom has no object URLs and no downloads: record the links a "save" would have clicked, fresh for each test.
import { beforeEach, vi } from 'vitest';

export function recordDownloads(): HTMLAnchorElement[] {
  const clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    clicked.length = 0;
    URL.createObjectURL = vi.fn(() => 'blob:earshot/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  return clicked;
}
