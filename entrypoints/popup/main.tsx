import '@/src/zod-setup';
import { mountApp } from '@/src/ui/mount';

void mountApp('popup');
