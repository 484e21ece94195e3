/**
 * The mailbox's public letters as a collection element: the browsing half of the shared suite
 * (test/contract/collection-suite.ts) over a published archive (`src`). The REST half runs from
 * mayor-mailbox.browser.test.ts.
 */
import '../src/define.js';
import { runCollectionBrowsingSuite } from '../../../test/contract/collection-suite.js';
import { FILE } from './helpers.js';

runCollectionBrowsingSuite('gk-mayor-mailbox', {
  src: FILE,
  kind: 'mailbox-letters',
  urlPrefix: 'mm',
  openKey: 'letter',
  linkSelector: '.letter-link',
  openedSelector: '.letter__subject',
  noMatch: '不存在的内容',
});
