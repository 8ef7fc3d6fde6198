import { z } from 'zod/mini';

// The 30-day course as stored: only when it started and whether its end was celebrated. Its
// progress is never stored; it is counted from the days' routines (course.ts), so every device and
// every import counts it the same way. Small on purpose: it lives in storage.sync (8 KB an item).

const dayKey = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const CourseSchema = z.object({
  v: z.literal(1),
  /** The local day the course began (its day 1). */
  start: dayKey,
  /** Its finish has been celebrated (once, on whichever page saw it first). */
  celebrated: z.boolean(),
});

export type Course = z.infer<typeof CourseSchema>;
