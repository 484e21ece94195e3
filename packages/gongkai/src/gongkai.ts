/**
 * The all-in-one bundle for portals without a build step:
 *
 *   <script type="module" src="/gongkai/gongkai.js"></script>
 *
 * Importing it registers every Gongkai element that exists. Registration is
 * defensive: loading the bundle twice warns and keeps the page working.
 */
import '@gongkai/a11y-toolbar/define';
import '@gongkai/disclosure-directory/define';
import '@gongkai/disclosure-request/define';
import '@gongkai/mayor-mailbox/define';
import '@gongkai/power-catalog/define';

export { GONGKAI_VERSION } from '@gongkai/ui';
export { GkPowerCatalog } from '@gongkai/power-catalog';
export { GkA11yToolbar } from '@gongkai/a11y-toolbar';
export { GkDisclosureRequest } from '@gongkai/disclosure-request';
export { GkMayorMailbox } from '@gongkai/mayor-mailbox';
export { GkDisclosureDirectory } from '@gongkai/disclosure-directory';
