import '@/src/zod-setup';
import { mountApp } from '@/src/ui/mount';

mountApp('popup');
