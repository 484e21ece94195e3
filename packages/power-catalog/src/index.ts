export { GkPowerCatalog } from './power-catalog.js';
export { renderPowerItem, sortLegalBasis } from './views/item-view.js';
export { POWER_TYPE_ORDER } from './labels.js';
