/** Hands bytes (or text, as UTF-8) to the browser as a downloaded file. */
export function downloadFile(content: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading from it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
