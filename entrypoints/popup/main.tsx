// biome-ignore-all assist/source/organizeImports: the order is the evaluation order, see below.
import '@/src/zod-setup';
// Before the app's modules: the first reads start as this one is evaluated (first-reads.ts).
import { firstReads } from '@/src/ui/stores/first-reads';
import { mountApp } from '@/src/ui/mount';

void mountApp('popup', firstReads);
