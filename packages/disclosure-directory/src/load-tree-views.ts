/** The category tree's code (views/tree-views.ts), started together with the data: once per page, again after a failure. */
import { lazyModule } from '@gongkai/ui';

export const loadTreeViews = lazyModule(() => import('./views/tree-views.js'));
