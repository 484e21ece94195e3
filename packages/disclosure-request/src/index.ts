export { GkDisclosureRequest } from './disclosure-request.js';
export type { SubmitTiming } from './disclosure-request.js';
export { emptyValues, toRequestBody, fieldForPath, DRAFT_FIELDS } from './form-model.js';
export type { FormValues, FieldName } from './form-model.js';
export { validateForm } from './form-validation.js';
