// Voice guidance through the Web Speech API. The user is turning their head and cannot watch the
// screen, so each step is read out in the UI language. Everything here degrades silently: headless
// Chromium has no voices, some Linux desktops have no speech engine at all.

const synth = (): SpeechSynthesis | null =>
  typeof globalThis.speechSynthesis === 'object' ? globalThis.speechSynthesis : null;

export const speechAvailable = (): boolean => synth() !== null;

/** A voice for the language ("ru", "en"): an exact default first, then any voice of that language. */
function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const ofLang = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  return ofLang.find((v) => v.default) ?? ofLang.find((v) => v.localService) ?? ofLang[0];
}

/**
 * Speaks `text` in `lang`, cutting off anything still being said. When the browser lists voices but
 * none for this language, nothing is said: Russian read by an English voice is worse than silence.
 * When it lists none yet (Chrome fills the list asynchronously), the language tag alone picks one.
 */
export function speak(text: string, lang: string, rate: number): void {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance !== 'function') return;
  try {
    s.cancel();
    const voices = s.getVoices();
    const voice = voiceFor(lang, voices);
    if (voices.length > 0 && !voice) return;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = voice?.lang ?? lang;
    if (voice) u.voice = voice;
    u.rate = rate;
    s.speak(u);
  } catch {
    // No speech engine: the text is on screen anyway.
  }
}

export function stopSpeaking(): void {
  try {
    synth()?.cancel();
  } catch {
    // nothing to stop
  }
}
