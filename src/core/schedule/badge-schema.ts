import { z } from 'zod/mini';

/** The toolbar badge: its text (about four characters fit) and its background colour. */
export const BadgeSchema = z.object({ text: z.string(), color: z.string() });
export type Badge = z.infer<typeof BadgeSchema>;
