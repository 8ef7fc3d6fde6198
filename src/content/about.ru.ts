// Kept for the tests that name one language's about: the words live in lang/ru.ts.
export { about as ABOUT_RU } from './lang/ru';
