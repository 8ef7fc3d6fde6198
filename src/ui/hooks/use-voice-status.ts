import { useEffect, useState } from 'preact/hooks';
import type { ContentLocale } from '@/src/content/locale';
import { type VoiceStatus, watchVoice } from '@/src/platform/speech';

/** Whether the browser can speak `lang` (the player and the options both say so when it cannot). */
export function useVoiceStatus(lang: ContentLocale, on: boolean): VoiceStatus {
  const [status, setStatus] = useState<VoiceStatus>('checking');
  useEffect(() => (on ? watchVoice(lang, setStatus) : undefined), [lang, on]);
  return status;
}
