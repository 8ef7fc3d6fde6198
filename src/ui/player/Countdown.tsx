import { clockText } from '@/src/ui/format';

/** The time left, as a live timer (role="timer": assistive tech reads it on request, not every second). */
export function Countdown({ label, ms, paused }: { label: string; ms: number; paused: boolean }) {
  return (
    <div class={paused ? 'countdown countdown--paused' : 'countdown'}>
      <span class="countdown-label" id="countdown-label">
        {label}
      </span>
      <span class="countdown-value" role="timer" aria-labelledby="countdown-label">
        {clockText(ms)}
      </span>
    </div>
  );
}
