import * as z from 'zod/mini';
import { text } from '../fields.js';
import { disclosureGuideSchema } from './disclosure-directory.js';
import { envelopeShape } from './envelope.js';

/** An agency that may receive disclosure applications and/or letters. */
export const agencySchema = z.looseObject({
  id: text(),
  name: text(),
  acceptsDisclosureRequests: z.optional(z.boolean()),
  acceptsLetters: z.optional(z.boolean()),
  /** The agency's own 公开指南. */
  guide: z.optional(disclosureGuideSchema),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyDirectoryFileSchema = z.looseObject({
  ...envelopeShape,
  kind: z.literal('agency-directory'),
  agencies: z.array(agencySchema),
});
export type AgencyDirectoryFile = z.infer<typeof agencyDirectoryFileSchema>;
