// Snippets come from the engine escaped, with only <mark> around found words; DOMPurify keeps it that way.
import DOMPurify from 'dompurify';

export function safeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}
