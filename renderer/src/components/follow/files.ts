// Saving and copying without a server: files become Blob downloads, messages go to the clipboard as rich and plain
// text. Works the same in the desktop shell and in a browser, and offline.
import type { FollowFile } from '../../../../shared/follow';

/** Starts a download of `file` under its own filename. */
export function saveFile(file: FollowFile, doc: Document = document): void {
  const type = file.type.includes('charset') ? file.type : `${file.type};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([file.text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the data once the click is handled; keep the URL a little for slow shells.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Copies `html` as rich text and `text` as plain text; falls back to plain text where rich copy is missing. */
export async function copyMessage(text: string, html: string, nav: Navigator = navigator): Promise<void> {
  const clipboard = nav.clipboard;
  if (!clipboard) throw new Error('No clipboard');
  if (typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      await clipboard.write([item]);
      return;
    } catch {
      // Some shells refuse rich text (permissions, focus); plain text still helps.
    }
  }
  await clipboard.writeText(text);
}
