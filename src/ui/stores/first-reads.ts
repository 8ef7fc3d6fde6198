import { createStores, firstScreenStores } from './stores';

// The reads of what the first screen shows, started as this module is evaluated: the page's
// entry imports it before the app, so storage is already answering while Preact and the screens'
// code are evaluated (a few milliseconds of a popup's opening). The entry hands these stores to
// mountApp. Only entries import this module: a test makes its own stores.

export const firstReads = createStores();
// Every read the popup waits for, the routine window's too (it waits for fewer: mount.tsx).
firstScreenStores(firstReads);
