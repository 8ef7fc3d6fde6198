// Kept for the tests that name one language's text: the words live in lang/ru.ts.
export { text as TEXT_RU } from './lang/ru';
