/**
 * The status lookup of an application (`GET disclosure/requests/{n}` with the query code), as
 * @gongkai/ui's LookupController: made by the element once this chunk is here, so the first load
 * carries neither the controller nor its messages.
 */
import { msg } from '@gongkai/ui';
import type { LookupHost } from '@gongkai/ui';
import { LookupController } from '@gongkai/ui/lookup';
import { lookupApplication } from '@gongkai/client/endpoints';
import { parseStatus } from './schema-checks.js';
import type { StatusResponse } from './schema-checks.js';

export function applicationLookup(host: LookupHost, localize: <T>(fn: () => T) => T): LookupController<StatusResponse> {
  return new LookupController<StatusResponse>(host, {
    numberInput: '#dr-lookupNumber',
    codeInput: '#dr-lookupCode',
    resultSelector: '.status',
    messages: () => localize(() => ({
      needNumber: msg('请填写申请编号', { id: 'dr.lookup.needNumber' }),
      needCode: msg('请填写查询码', { id: 'dr.lookup.needCode' }),
      failed: msg('查询时出错，请稍后重试。', { id: 'dr.lookup.failed' }),
    })),
    find: (api, number, code, signal) =>
      lookupApplication(number, { api, queryCode: code, locale: host.locale, baseUrl: document.baseURI, signal, parse: parseStatus }),
  });
}
