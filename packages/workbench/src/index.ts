export { GkWorkbench } from './workbench-app.js';
export { StaffApi, ApiError, SignInRequired, problemOf } from './api/client.js';
export type * from './api/types.js';
export { maskedSegments } from './views/masked-diff.js';
export { dueState, todayInShanghai } from './due.js';
export { parseRoute, routeHref } from './router.js';
