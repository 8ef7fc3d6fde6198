/**
 * Saves text as a file through the browser's download UI: a Blob behind an object URL and a
 * click on an `<a download>`. Needs no `downloads` permission and makes no network request.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once the click's task is over; revoking at once can cancel it
  // in some Chromium versions.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
