/** Registers `<gk-disclosure-request>`. The only module of this package with a side effect. */
import { defineElement } from '@gongkai/ui';
import { GkDisclosureRequest } from './disclosure-request.js';

defineElement('gk-disclosure-request', GkDisclosureRequest);
