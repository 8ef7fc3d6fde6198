import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCueTimeline, type CueTimeline, countWords } from '@/src/content/cue-timeline';
import { script as SCRIPT_EN, text as TEXT_EN } from '@/src/content/lang/en';
import { script as SCRIPT_RU, text as TEXT_RU } from '@/src/content/lang/ru';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import { WORDS_PER_SECOND_BUDGET } from '@/tests/unit/content/by-locale';
import { type Extension, launchExtension } from './support/extension';
import { acknowledgeSafety, axeViolations, openPopup, runSeconds, screenshot } from './support/popup-page';
import {
  installSpeechRecorder,
  message,
  RECORDER_VOICES,
  type Recorded,
  recordedSpeech,
  setRecorderVoices,
  storedRoutine,
} from './support/speech-recorder';

// The quick routine followed by ear, in real Chromium with the production build: speechSynthesis
// is replaced by a recorder (an init script) that takes as long to "say" each sentence as a voice
// at the budget's speed would. Time is Playwright's clock. The first routine asks about voice;
// the user says yes, and the whole routine plays: every step is spoken to, the stop rule is heard
// before the first movement, each step's words fit its budget and end inside it, nothing is cut.

const SCRIPTS = { en: SCRIPT_EN, ru: SCRIPT_RU } as const;
const TEXTS = { en: TEXT_EN, ru: TEXT_RU } as const;

for (const lang of ['en', 'ru'] as const) {
  describe(`the quick routine by ear (${lang})`, () => {
    let ext: Extension;
    beforeAll(async () => {
      ext = await launchExtension({ lang });
      await ext.context.clock.install();
      await installSpeechRecorder(ext.context);
      await acknowledgeSafety(ext);
    });
    afterAll(() => ext?.close());

    it('asks about voice, then speaks every step within its budget, the stop rule first', {
      timeout: 120_000,
    }, async () => {
      const script = SCRIPTS[lang];
      const { page, problems } = await openPopup(ext);
      await page.getByRole('button', { name: message(lang, 'popup.startRoutine') }).waitFor();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

      await startQuick(page, lang);
      await page.getByRole('heading', { name: message(lang, 'voice.questionTitle') }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `popup-voice-question-${lang}`);
      await page.getByRole('button', { name: message(lang, 'voice.yes') }).click();
      await page.getByRole('timer').waitFor();
      // The routine waited for the answer, and now runs: its clock is the session's.
      await expect.poll(async () => (await storedRoutine(page))?.pausedAt).toBeNull();
      const session = await storedRoutine(page);
      if (!session) throw new Error('no routine session');
      const routineTime = (t: number) => t - session.startedAt - session.pausedTotalMs + session.jumpMs;

      const timeline = buildCueTimeline(getVariant('quick'), script, { leadInMs: GET_READY_MS });
      // What the figure shows, each second: its move (data-phase), with the routine time it was read at.
      const phases: { atMs: number; phase: string | null }[] = [];
      for (let s = 0; s < 130 && (await page.getByRole('timer').count()); s++) {
        await runSeconds(page, 1);
        const read = await page.evaluate(() => ({
          now: Date.now(),
          phase: document.querySelector('.step-figure svg')?.getAttribute('data-phase') ?? null,
        }));
        phases.push({ atMs: routineTime(read.now), phase: read.phase });
      }
      await page.getByRole('heading', { name: TEXTS[lang].player.after.title }).waitFor();

      // The Done screen says when to get up once it is on screen: let it speak to its end (the page's
      // clock is Playwright's, moved a second at a time).
      const finished = async () => {
        const all = await recordedSpeech(page);
        return all.length === timeline.cues.length + 1 && all.at(-1)?.outcome === 'end';
      };
      for (let s = 0; s < 20 && !(await finished()); s++) await runSeconds(page, 1);
      const said = await recordedSpeech(page);
      // Every cue of the timeline, then, on the Done screen after the last stroke, when to get up.
      expect(said.map((r) => r.text)).toEqual([
        ...timeline.cues.map((c) => c.text),
        message(lang, 'done.rest'),
      ]);
      expect(said.filter((r) => r.outcome !== 'end')).toEqual([]);
      expect(new Set(said.map((r) => `${r.lang} ${r.voice}`))).toEqual(
        new Set([lang === 'en' ? 'en-US Recorder English' : 'ru-RU Recorder Russian']),
      );

      // The stop rule, heard to its end before the first movement is said.
      expect(said[0]?.text).toBe(script.stopRule);
      expect(routineTime(said[0]?.endedAt as number)).toBeLessThanOrEqual(GET_READY_MS + 1000);

      // Heard twice: before the first exercise, and again in the massage rules before the massage.
      const stop = lang === 'en' ? /stop at any pain/i : /при боли[^.;]*остановитесь/i;
      expect(said.filter((r) => stop.test(r.text)).length).toBeGreaterThanOrEqual(2);

      // Each movement cue is said as the figure makes that move: at its place on the timeline (the
      // player wakes for it, not at the next whole second), within 1.5 s.
      for (const cue of timeline.cues.filter((c) => c.kind === 'during')) {
        const heard = said.find(
          (r) => r.text === cue.text && routineTime(r.startedAt as number) >= cue.atMs - 50,
        );
        expect(heard, `"${cue.text}" not said`).toBeDefined();
        const late = routineTime(heard?.startedAt as number) - cue.atMs;
        expect(late, `"${cue.text}" late`).toBeLessThanOrEqual(1500);
      }

      // And the picture agrees: the first look at the figure after a movement cue began shows that move.
      for (const cue of timeline.cues.filter((c) => c.kind === 'during')) {
        const seen = phases.find((p) => p.atMs > cue.atMs);
        expect(seen?.phase, `figure during "${cue.text}"`).toBe(cue.move);
      }

      const safety = new Set(timeline.cues.filter((c) => c.need === 'safety').map((c) => c.text));
      for (const [step, words] of wordsByStep(
        said.filter((r) => !safety.has(r.text) && r.text !== message(lang, 'done.rest')),
        timeline,
        routineTime,
      ).entries()) {
        const w = timeline.windows[step];
        const seconds = ((w?.endMs as number) - (w?.startMs as number)) / 1000;
        const id = getVariant('quick').steps[step]?.id;
        expect(words.count, `${id}: ${words.count} words in ${seconds} s`).toBeLessThanOrEqual(
          WORDS_PER_SECOND_BUDGET[lang] * seconds,
        );
        expect(words.lastEndMs, `${id}: runs into the next step`).toBeLessThanOrEqual(w?.endMs as number);
      }
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
      await page.close();
    });

    it('says once, in text, that there is no voice for the language, and stays silent', {
      timeout: 60_000,
    }, async () => {
      await ext.context.clock.resume(); // the first test left the pages' clock paused
      const { page } = await openPopup(ext);
      await setRecorderVoices(
        page,
        RECORDER_VOICES.filter((v) => !v.lang.startsWith(lang)),
      );
      await startQuick(page, lang);
      // Asked once: voice is on from the first routine, and the question does not come back.
      await page.getByRole('timer').waitFor();
      const notice = page.getByRole('status').filter({ hasText: message(lang, 'voice.missing') });
      await notice.waitFor();
      await runSeconds(page, 10);
      expect(await notice.count()).toBe(1);
      expect(await recordedSpeech(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `popup-no-voice-${lang}`);
      await page.close();
    });
  });
}

/** Words said in each step's window (by when each utterance started) and when the last one ended. */
function wordsByStep(said: Recorded[], timeline: CueTimeline, routineTime: (t: number) => number) {
  const byStep = new Map(timeline.windows.map((_, i) => [i, { count: 0, lastEndMs: 0 }]));
  for (const r of said) {
    const start = routineTime(r.startedAt as number);
    const step = timeline.windows.findIndex((w) => start >= w.startMs && start < w.endMs);
    const entry = byStep.get(step);
    if (!entry) throw new Error(`"${r.text}" was said outside the routine, at ${start} ms`);
    entry.count += countWords(r.text);
    entry.lastEndMs = Math.max(entry.lastEndMs, routineTime(r.endedAt as number));
  }
  return byStep;
}

/** Starts the quick routine from the popup's More routines list, in the page's language. */
async function startQuick(page: import('playwright-core').Page, lang: 'en' | 'ru'): Promise<void> {
  await page.getByRole('button', { name: message(lang, 'popup.moreRoutines') }).click();
  await page.getByRole('button', { name: new RegExp(`^${message(lang, 'popup.routine.quick')} · `) }).click();
}
