/** Registers `<gk-power-catalog>`. The only module of this package with a side effect. */
import { defineElement } from '@gongkai/ui';
import { GkPowerCatalog } from './power-catalog.js';

defineElement('gk-power-catalog', GkPowerCatalog);
