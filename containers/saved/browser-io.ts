import type { ExportFile } from '../../lib/export/formats';

/** Puts text on the clipboard (extension pages may, on a user's click). */
export function writeClipboard(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/**
 * Downloads a file from an extension page: a Blob behind an `<a download>` clicked once. No `downloads` permission and
 * no network; the object URL is released once the browser has taken it.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
