export { GkDisclosureRequest } from './disclosure-request.js';
export type { SubmitTiming } from './disclosure-request.js';
export { emptyValues, fieldForPath, DRAFT_FIELDS } from './form-model.js';
export { toRequestBody } from './request-body.js';
export type { FormValues, FieldName } from './form-model.js';
export { validateForm } from './form-validation.js';
