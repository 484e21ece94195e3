/** Registers the workbench's elements. The only module of this package with a side effect (besides main.ts). */
import { defineElement } from '@gongkai/ui';
import { GkWorkbench } from './workbench-app.js';
import { GkWbSignIn } from './pages/sign-in.js';
import { GkWbRequestQueue } from './pages/request-queue.js';
import { GkWbLetterQueue } from './pages/letter-queue.js';
import { GkWbRequestPage } from './pages/request-page.js';
import { GkWbLetterPage } from './pages/letter-page.js';
import { GkWbActionForm } from './views/action-form.js';
import { GkWbReportPage } from './pages/report-page.js';
import { GkWbIntakePage } from './pages/intake-page.js';
import { GkWbTemplatesPage } from './pages/templates-page.js';

defineElement('gk-workbench', GkWorkbench);
defineElement('gk-wb-sign-in', GkWbSignIn);
defineElement('gk-wb-request-queue', GkWbRequestQueue);
defineElement('gk-wb-letter-queue', GkWbLetterQueue);
defineElement('gk-wb-request-page', GkWbRequestPage);
defineElement('gk-wb-letter-page', GkWbLetterPage);
defineElement('gk-wb-action-form', GkWbActionForm);
defineElement('gk-wb-report-page', GkWbReportPage);
defineElement('gk-wb-intake-page', GkWbIntakePage);
defineElement('gk-wb-templates-page', GkWbTemplatesPage);
