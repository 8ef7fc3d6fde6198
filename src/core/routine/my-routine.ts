import { LIBRARY, type LibraryEntry } from './library';
import { MY_ROUTINE_SECONDS, type MyRoutineViolation, type RoutineStep } from './my-routine-shape';

export * from './my-routine-shape';

// The rules a routine the user builds ("My routine") must keep, from the content doc
// (docs/routine.md, "My routine"): the settings writer and the import check a changed routine with
// them (core/settings/my-routine-rules.ts) and refuse one that breaks one, so neither the builder
// nor an import can store it, and the builder shows each broken rule as it is broken. Pure: read
// from the step library's facts alone (library.ts: part, side, twin, role, safe lengths), so a
// step added there is covered unchanged.

const BY_ID: ReadonlyMap<string, LibraryEntry> = new Map(LIBRARY.map((s) => [s.id, s]));

/** The library's step with this id, if there is one. */
export const libraryStep = (id: string): LibraryEntry | undefined => BY_ID.get(id);

/** The routine's length in seconds. */
export const routineSeconds = (steps: readonly RoutineStep[]) => steps.reduce((sum, s) => sum + s.seconds, 0);

/**
 * Every rule the routine breaks, in the order of the steps (a rule about the whole routine
 * last); none for a routine that may be saved and played. A step Nape does not know is reported
 * and left out of the rules that need its facts.
 */
export function checkMyRoutine(steps: readonly RoutineStep[]): MyRoutineViolation[] {
  if (steps.length === 0) return [{ code: 'mine-empty' }];
  const found: MyRoutineViolation[] = [];
  const known = steps.map((s) => libraryStep(s.step));
  const ids = new Set(steps.map((s) => s.step));

  // Posture first: every routine starts by sitting upright, so that a listener with closed eyes is
  // in the position every movement assumes before the first one (the source's starting position).
  if (known[0]?.role !== 'posture') found.push({ code: 'mine-posture-first', index: 0 });

  const firstMassage = known.findIndex((s) => s?.phase === 'massage');
  const lastMassage = known.findLastIndex((s) => s?.phase === 'massage');
  // Light stroking opens and closes the massage: light, deeper, light again.
  if (firstMassage >= 0 && known[firstMassage]?.role !== 'stroke')
    found.push({ code: 'mine-stroke-open', index: firstMassage });
  if (lastMassage >= 0 && known[lastMassage]?.role !== 'stroke')
    found.push({ code: 'mine-stroke-close', index: lastMassage });

  const seen = new Set<string>();
  steps.forEach(({ step, seconds }, index) => {
    const entry = known[index];
    if (!entry) {
      found.push({ code: 'mine-unknown-step', index });
      return;
    }
    // Each step once: a repeat would double a stretch's load and blur which side comes next.
    if (seen.has(step)) found.push({ code: 'mine-repeated', index });
    seen.add(step);
    if (entry.phase === 'exercise' && firstMassage >= 0 && index > firstMassage)
      found.push({ code: 'mine-exercise-after-massage', index });
    if (entry.twin !== undefined && !ids.has(entry.twin)) found.push({ code: 'mine-missing-twin', index });
    // Written so that a length that is no number (an empty box in the builder) is refused too.
    if (!(seconds >= entry.seconds.min))
      found.push({ code: 'mine-step-short', index, limit: entry.seconds.min });
    else if (!(seconds <= entry.seconds.max))
      found.push({ code: 'mine-step-long', index, limit: entry.seconds.max });
    else if (!Number.isInteger(seconds)) found.push({ code: 'mine-step-whole', index });
  });

  const total = routineSeconds(steps);
  if (!(total >= MY_ROUTINE_SECONDS.min))
    found.push({ code: 'mine-total-short', limit: MY_ROUTINE_SECONDS.min });
  if (total > MY_ROUTINE_SECONDS.max) found.push({ code: 'mine-total-long', limit: MY_ROUTINE_SECONDS.max });
  return found.sort((a, b) => (a.index ?? Number.POSITIVE_INFINITY) - (b.index ?? Number.POSITIVE_INFINITY));
}
