// The player's chime, synthesised with Web Audio: no sound files, no network. Two soft sine
// partials with a slow decay, quiet enough not to startle someone with headphones on.

type Note = { freq: number; at: number; length: number; gain: number };

// A step change: one soft bell. The end: a rising pair, so it is told apart without looking.
const STEP: Note[] = [{ freq: 660, at: 0, length: 0.9, gain: 0.12 }];
const END: Note[] = [
  { freq: 523.25, at: 0, length: 0.9, gain: 0.1 },
  { freq: 784, at: 0.22, length: 1.3, gain: 0.1 },
];

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor = globalThis.AudioContext;
  if (typeof Ctor !== 'function') return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

function play(notes: readonly Note[]): void {
  const ctx = audioContext();
  if (!ctx) return;
  // A page opened without a click (the routine window opened from a notification) starts
  // suspended under the autoplay policy; resume() then rejects, and the chime is just skipped.
  if (ctx.state === 'suspended') ctx.resume().catch(() => undefined);
  const t0 = ctx.currentTime + 0.02;
  for (const n of notes) {
    for (const [ratio, level] of [
      [1, 1],
      [2, 0.25], // a faint octave makes it a bell rather than a beep
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = n.freq * ratio;
      const start = t0 + n.at;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(n.gain * level, start + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + n.length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + n.length + 0.05);
    }
  }
}

export type Chime = 'step' | 'end';

/** Plays the chime; silently does nothing where Web Audio is missing or not allowed to start. */
export function chime(kind: Chime): void {
  try {
    play(kind === 'end' ? END : STEP);
  } catch {
    // Audio is a nicety: never let it break the player.
  }
}
