// `npm run calibrate:speech`: says every cue of every routine in both languages with espeak-ng
// (Debian's package; `npm run setup` installs it), measures each recording and writes
// tests/tools/speech-durations.json (the measured table the unit test reads) and the fitted
// coefficients into src/content/speech-model.ts. Run it after changing anything the voice says;
// tests/unit/content/speech-calibration.test.ts fails until you do.
//
// A recording's length is its whole WAV (data bytes / byte rate), the closing pause espeak-ng
// leaves after the final stop included: nothing is trimmed, so the model tells when the voice is
// free for the next cue. espeak-ng is deterministic, so a rerun without a text change rewrites
// both files byte for byte.
//
// Plain Node 22 runs this file (it strips the types); the content modules, which import through
// the `@/` alias and without file extensions, are loaded through Vite's module runner.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runnerImport } from 'vite';
import type { ContentLocale } from '@/src/content/locale';
import type { SpeechCoefficients } from '@/src/content/speech-model';
import type { SpeechFit } from './speech-calibration';

type Calibration = typeof import('./speech-calibration');

const root = path.resolve(import.meta.dirname, '../..');
const MODEL_PATH = 'src/content/speech-model.ts';
const ESPEAK = 'espeak-ng';
/** Recordings made at once: one per core of the 2-core development machine. */
const PARALLEL = 2;

function run(args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ESPEAK, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(`${ESPEAK} is missing: run \`npm run setup\` (it installs Debian's espeak-ng)`)
          : e,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${ESPEAK} ${args.join(' ')} exited ${code}: ${err}`)),
    );
    child.stdin.end(input ?? '');
  });
}

/** Length of a PCM WAV in ms: its data chunk's bytes over the byte rate of its fmt chunk. */
function wavMs(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file');
  let byteRate = 0;
  for (let at = 12; at + 8 <= wav.length; ) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    if (id === 'data') {
      if (!byteRate) throw new Error('WAV data before its fmt chunk');
      return Math.round((Math.min(size, wav.length - at - 8) / byteRate) * 1000);
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV without a data chunk');
}

async function measure(
  dir: string,
  jobs: { locale: ContentLocale; text: string }[],
  calibration: Calibration,
) {
  const results = new Map<(typeof jobs)[number], number>();
  let next = 0;
  const worker = async (w: number) => {
    const file = path.join(dir, `${w}.wav`);
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const { voice, wpm } = calibration.VOICES[job.locale];
      // The text on stdin, so none can be read as an option; -b 1: it is UTF-8.
      await run(['-v', voice, '-s', String(wpm), '-b', '1', '-w', file], job.text);
      results.set(job, wavMs(await readFile(file)));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, (_, w) => worker(w)));
  return results;
}

/** Replaces the coefficients between the `// <calibration>` markers of the model module. */
async function writeModel(model: Record<ContentLocale, SpeechCoefficients>) {
  const file = path.join(root, MODEL_PATH);
  const source = await readFile(file, 'utf8');
  const block = /(\/\/ <calibration>[^\n]*\n)[\s\S]*?(\/\/ <\/calibration>)/;
  if (!block.test(source)) throw new Error(`${MODEL_PATH} has lost its // <calibration> markers`);
  const line = (l: ContentLocale) =>
    `  ${l}: { overheadMs: ${model[l].overheadMs}, perLetterMs: ${model[l].perLetterMs}, perPauseMs: ${model[l].perPauseMs} },\n`;
  const lines = (Object.keys(model) as ContentLocale[]).map(line).join('');
  const body = `export const SPEECH_MODEL: Readonly<Record<ContentLocale, SpeechCoefficients>> = {\n${lines}};\n`;
  await writeFile(
    file,
    source.replace(block, (_, open: string, close: string) => `${open}${body}${close}`),
  );
}

async function main() {
  const started = performance.now();
  const version = /text-to-speech:\s*(\S+)/.exec(await run(['--version']))?.[1];
  if (!version) throw new Error(`cannot read the version of ${ESPEAK}`);

  const { module: calibration } = await runnerImport<Calibration>('/tests/tools/speech-calibration.ts', {
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^@\//, replacement: `${root}/` }] },
  });
  const { spokenTexts, fitSpeechModel, voiceLabel, coefficientsOf, TABLE_PATH } = calibration;
  const texts = spokenTexts();
  const locales = Object.keys(texts) as ContentLocale[];
  const jobs = locales.flatMap((locale) => texts[locale].map((text) => ({ locale, text })));

  const dir = await mkdtemp(path.join(tmpdir(), 'nape-speech-'));
  let measured: Map<(typeof jobs)[number], number>;
  try {
    measured = await measure(dir, jobs, calibration);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const durations = Object.fromEntries(
    locales.map((l) => [
      l,
      Object.fromEntries(jobs.filter((j) => j.locale === l).map((j) => [j.text, measured.get(j)])),
    ]),
  ) as Record<ContentLocale, Record<string, number>>;
  const model = Object.fromEntries(locales.map((l) => [l, fitSpeechModel(durations[l])])) as Record<
    ContentLocale,
    SpeechFit
  >;
  const table = {
    synth: `${ESPEAK} ${version}`,
    voices: Object.fromEntries(locales.map((l) => [l, voiceLabel(l)])),
    durations,
    model,
  };
  await writeFile(path.join(root, TABLE_PATH), `${JSON.stringify(table, null, 2)}\n`);
  await writeModel(
    Object.fromEntries(locales.map((l) => [l, coefficientsOf(model[l])])) as Record<
      ContentLocale,
      SpeechCoefficients
    >,
  );

  for (const l of locales) {
    const m = model[l];
    console.log(
      `${l} (${voiceLabel(l)}): ${m.cues} texts; ms = ${m.overheadMs} + ${m.perLetterMs} × letters + ${m.perPauseMs} × pauses; ` +
        `overestimates by ${m.meanOverestimateMs} ms on average, ${m.maxOverestimateMs} ms at most`,
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${jobs.length} recordings by ${ESPEAK} ${version} in ${seconds} s → ${TABLE_PATH}, ${MODEL_PATH}`,
  );
}

await main();
