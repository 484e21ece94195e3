/**
 * The writer's lookup of a letter (`GET mailbox/letters/{n}` with the query code), as
 * @gongkai/ui's LookupController: made by the element once this chunk is here, so the first load
 * carries neither the controller nor its messages.
 */
import { msg } from '@gongkai/ui';
import type { LookupHost } from '@gongkai/ui';
import { LookupController } from '@gongkai/ui/lookup';
import { lookupLetter } from '@gongkai/client/endpoints';
import type { WriterLetter } from '@gongkai/schema';
import { parseLetter } from './schema-checks.js';

/** `started` runs when a new lookup begins (a rating in progress is forgotten). */
export function letterLookup(host: LookupHost, localize: <T>(fn: () => T) => T, started: () => void): LookupController<WriterLetter> {
  return new LookupController<WriterLetter>(host, {
    numberInput: '#mm-lookup-letterNumber',
    codeInput: '#mm-lookup-queryCode',
    resultSelector: '.lookup__status',
    messages: () => localize(() => ({
      needNumber: msg('请填写信件编号', { id: 'mm.lookup.needNumber' }),
      needCode: msg('请填写查询码', { id: 'mm.lookup.needCode' }),
      failed: msg('查询时出错，请稍后重试。', { id: 'mm.lookup.failed' }),
    })),
    find: (api, number, code, signal) => lookupLetter(number, { api, queryCode: code, locale: host.locale, baseUrl: document.baseURI, signal, parse: parseLetter }),
    started,
  });
}
