/** The document and guide views (views/reading-views.ts): loaded once per page, again after a failure. */
import { lazyModule } from '@gongkai/ui';

export const loadReadingViews = lazyModule(() => import('./views/reading-views.js'));
