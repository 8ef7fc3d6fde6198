/** Text of a file the user picked, unless it is larger than `maxBytes` (then it is not read at all). */
export async function readPickedFile(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' }> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
