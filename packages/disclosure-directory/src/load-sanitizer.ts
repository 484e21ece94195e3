/** The HTML sanitizer (and DOMPurify with it), the first time an HTML body is opened; again after a failure. */
import { lazyModule } from '@gongkai/ui';

export const loadSanitizer = lazyModule(() => import('./sanitize-html.js').then((module) => module.sanitizeBodyHtml));
