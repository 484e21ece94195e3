/** Registers `<gk-mayor-mailbox>`. The only module of this package with a side effect. */
import { defineElement } from '@gongkai/ui';
import { GkMayorMailbox } from './mayor-mailbox.js';

defineElement('gk-mayor-mailbox', GkMayorMailbox);
