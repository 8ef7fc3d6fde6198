import type { AboutPart, AboutText } from '@/src/content/about-schema';
import type { RoutineText } from '@/src/content/schema';
import { PHASES } from '@/src/content/steps';
import './about.css';

/**
 * Where each step of the routine comes from, where Nape reads its source more gently than it is
 * written (and why), and who should not do it. Sections start at h3: the page around it (the
 * popup's screen, the settings tab) has the h2.
 */
export function AboutRoutine({ text, steps }: { text: AboutText; steps: RoutineText['steps'] }) {
  const { labels } = text;
  return (
    <div class="about">
      <p class="lead">{text.intro}</p>
      {PHASES.map((phase) => (
        <Part key={phase} part={text.parts[phase]} steps={steps} />
      ))}
      <h3>{text.choicesTitle}</h3>
      <p>{text.choicesIntro}</p>
      <ul class="about-choices">
        {text.choices.map((choice) => (
          <li key={choice.id} class="about-choice">
            <h4>{choice.title}</h4>
            <dl>
              <div>
                <dt>{labels.source}</dt>
                <dd>{choice.source}</dd>
              </div>
              <div>
                <dt>{labels.nape}</dt>
                <dd>{choice.nape}</dd>
              </div>
              <div>
                <dt>{labels.why}</dt>
                <dd>{choice.why}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <h3>{text.contraindications.title}</h3>
      {text.contraindications.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p class="about-note">{text.notAdvice}</p>
    </div>
  );
}

/** An exercise's name without the half it is ("Spring: chin down" → "Spring"), as the player shows it. */
const nameOf = (entry: AboutPart['steps'][number], steps: RoutineText['steps']) =>
  (steps[entry.steps[0] as keyof typeof steps].name.split(':')[0] ?? '').trim();

function Part({ part, steps }: { part: AboutPart; steps: RoutineText['steps'] }) {
  return (
    <>
      <h3>{part.title}</h3>
      <p>{part.intro}</p>
      <dl class="about-steps">
        {part.steps.map((entry) => (
          <div key={entry.steps[0]}>
            <dt>{nameOf(entry, steps)}</dt>
            <dd>{entry.source}</dd>
          </div>
        ))}
      </dl>
      <p class="about-note">{part.leftOut}</p>
    </>
  );
}
