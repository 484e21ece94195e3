/**
 * The contract's `POST disclosure/requests` body from the form's values. Loaded with the check
 * step (it needs the identifier normalizers, which bring the validation library).
 */
import type { DisclosureRequest } from '@gongkai/schema';
import { normalizeIdentifier, validatePhone, validatePostcode } from '@gongkai/schema/identifiers';
import { DELIVERY_METHODS, PROVISION_FORMS } from './form-model.js';
import type { Applicant, FormValues } from './form-model.js';

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The contract's `POST disclosure/requests` body, identifiers normalized, empty optional fields left out. */
export function toRequestBody(values: FormValues): DisclosureRequest {
  const phone = validatePhone(values.phone).normalized;
  const postcode = optional(values.postcode) === undefined ? undefined : validatePostcode(values.postcode).normalized;
  const email = optional(values.email);
  const address = optional(values.address);
  const applicant: Applicant =
    values.applicantType === 'organization'
      ? {
          type: 'organization',
          name: values.name.trim(),
          creditCode: normalizeIdentifier(values.creditCode),
          legalRepresentative: values.legalRepresentative.trim(),
          contactPerson: values.contactPerson.trim(),
          contactPhone: phone,
          ...(address ? { address } : {}),
          ...(postcode ? { postcode } : {}),
          ...(email ? { email } : {}),
        }
      : {
          type: 'person',
          name: values.name.trim(),
          idType: values.idType,
          idNumber: values.idType === 'residentId' ? normalizeIdentifier(values.idNumber) : values.idNumber.trim(),
          ...(optional(values.workUnit) ? { workUnit: values.workUnit.trim() } : {}),
          ...(address ? { address } : {}),
          ...(postcode ? { postcode } : {}),
          phone,
          ...(email ? { email } : {}),
        };
  const from = optional(values.timeFrom);
  const until = optional(values.timeUntil);
  const documentNumber = optional(values.documentNumber);
  const indexNumber = optional(values.indexNumber);
  const purpose = optional(values.purpose);
  return {
    applicant,
    agencyId: values.agencyId.trim(),
    description: values.description.trim(),
    ...(documentNumber ? { documentNumber } : {}),
    ...(indexNumber ? { indexNumber } : {}),
    ...(from || until ? { timeRange: { ...(from ? { from } : {}), ...(until ? { until } : {}) } } : {}),
    provisionForms: PROVISION_FORMS.filter((f) => values.provisionForms.includes(f)),
    deliveryMethods: DELIVERY_METHODS.filter((m) => values.deliveryMethods.includes(m)),
    ...(purpose ? { purpose } : {}),
    privacyAccepted: values.privacyAccepted as true,
  };
}

