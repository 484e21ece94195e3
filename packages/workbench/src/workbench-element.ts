/**
 * The base of the workbench's elements: the ui package's GkElement (locale from `lang`, the
 * shared views' translations) with the workbench catalog and styles added.
 */
import { GkElement, uiCatalog } from '@gongkai/ui';
import type { CSSResultGroup } from 'lit';
import { workbenchCatalog } from './catalog.js';
import { workbenchStyles } from './styles.js';

export class WorkbenchElement extends GkElement {
  static override styles: CSSResultGroup = workbenchStyles;
  static override catalogs = [uiCatalog, workbenchCatalog];
}
