/** Registers `<gk-disclosure-directory>`. The only module of this package with a side effect. */
import { defineElement } from '@gongkai/ui';
import { GkDisclosureDirectory } from './disclosure-directory.js';

defineElement('gk-disclosure-directory', GkDisclosureDirectory);
