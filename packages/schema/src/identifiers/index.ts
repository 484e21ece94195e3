export { validateResidentId, residentIdCheckCharacter } from './resident-id.js';
export { validateCreditCode, creditCodeCheckCharacter } from './credit-code.js';
export { validatePhone, validateMobile } from './phone.js';
export { validatePostcode } from './postcode.js';
export { validateIndexNumber, DEFAULT_INDEX_NUMBER_PATTERN } from './index-number.js';
export { foldFullWidth, normalizeIdentifier, type IdentifierResult, type IdentifierOptions } from './normalize.js';
