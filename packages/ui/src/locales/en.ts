
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ui.counter.announceLeft': str`${0} characters left`,
'ui.counter.announceOver': str`${0} characters too many`,
'ui.counter.left': str`${0} of ${1} characters left`,
'ui.counter.over': str`${0} characters too many; please shorten`,
'ui.empty': `Nothing matches your search.`,
'ui.empty.clear': `Clear search and filters`,
'ui.error.more': str`${0} more problems are not listed.`,
'ui.error.retry': `Try again`,
'ui.error.title': `The data cannot be shown`,
'ui.error.url': `Data address: `,
'ui.errorSummary.title': str`There are ${0} problems to fix`,
'ui.field.errorPrefix': `Error: `,
'ui.field.optional': ` (optional)`,
'ui.field.warningPrefix': `Note: `,
'ui.filter.all': `All`,
'ui.loading': `Loading data…`,
'ui.pager.label': `Pagination`,
'ui.pager.next': `Next`,
'ui.pager.page': str`Page ${0}`,
'ui.pager.previous': `Previous`,
'ui.pager.summary': str`${0} results, page ${1} of ${2}`,
'ui.pager.total': str`${0} results`,
'ui.search.busy': `Searching…`,
'ui.search.button': `Search`,
'ui.search.label': `Search`,
'ui.skipped': str`${0} records have errors and are not shown.`,
'ui.submit.nextAttempt': str`Next attempt at ${0}.`,
'ui.submit.reasonNetwork': `The connection is unstable or lost.`,
'ui.submit.reasonServer': `The server is busy.`,
'ui.submit.retryNow': `Retry now`,
    };
  