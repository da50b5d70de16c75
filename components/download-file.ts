/** Saves a Blob as a file through an anchor: no `downloads` permission needed. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the browser has picked the download up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
