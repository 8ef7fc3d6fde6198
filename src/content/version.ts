/**
 * Version of the safety content (contraindications and rules). The safety gate stores the version
 * the user acknowledged and asks again when this number is higher. Bump it whenever the meaning of
 * `safety` in either language changes; tests/unit/content/safety-version.test.ts fails until you do.
 */
export const CONTENT_VERSION = 3;
