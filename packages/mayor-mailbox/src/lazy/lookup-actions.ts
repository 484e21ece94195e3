/**
 * The lookup and the rating as plain async steps, loaded with the lookup view: each takes the
 * current state and resolves with the next one, so the element only stores what comes back.
 */
import { msg, pickText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { SourceError, lookupRecord, postJson } from '@gongkai/client';
import { parseLetter } from './schema-checks.js';
import type { LookupState, RatingState } from '../views/lookup-view.js';

interface Context {
  api: string;
  locale: Locale;
  /** Runs `fn` with the element's translations active (messages made outside rendering). */
  localize: <T>(fn: () => T) => T;
  signal?: AbortSignal;
}

/** Missing fields → errors; otherwise `GET mailbox/letters/{n}` with `X-Query-Code`. */
export async function lookupLetter(state: LookupState, ctx: Context): Promise<LookupState> {
  const letterNumber = state.letterNumber.trim();
  const queryCode = state.queryCode.trim();
  const errors: LookupState['errors'] = ctx.localize(() => ({
    ...(letterNumber ? {} : { letterNumber: msg('请填写信件编号', { id: 'mm.lookup.needNumber' }) }),
    ...(queryCode ? {} : { queryCode: msg('请填写查询码', { id: 'mm.lookup.needCode' }) }),
  }));
  const base: LookupState = { ...state, errors, busy: false, notFound: false, failure: undefined, result: undefined };
  if (errors.letterNumber || errors.queryCode) return base;
  try {
    const result = await lookupRecord({
      api: ctx.api,
      path: `mailbox/letters/${encodeURIComponent(letterNumber)}`,
      headers: { 'X-Query-Code': queryCode, 'Accept-Language': ctx.locale },
      baseUrl: document.baseURI,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      parse: parseLetter,
    });
    return { ...base, result, notFound: result === undefined };
  } catch (error) {
    if (error instanceof SourceError && error.code === 'aborted') throw error;
    return {
      ...base,
      failure: error instanceof SourceError ? pickText(error.messages, ctx.locale) : ctx.localize(() => msg('查询时出错，请稍后重试。', { id: 'mm.lookup.failed' })),
    };
  }
}

/** `POST mailbox/letters/{n}/rating` once; a 409 means the letter was already rated. */
export async function rateLetter(lookup: LookupState, rating: RatingState, ctx: Context): Promise<{ lookup: LookupState; rating: RatingState }> {
  const letter = lookup.result;
  if (!letter) return { lookup, rating };
  if (!rating.satisfaction) {
    return { lookup, rating: { ...rating, error: ctx.localize(() => msg('请选择满意程度', { id: 'mm.rating.needLevel' })) } };
  }
  const comment = rating.comment.trim();
  try {
    const rated = await postJson({
      api: ctx.api,
      path: `mailbox/letters/${encodeURIComponent(letter.letterNumber)}/rating`,
      body: { satisfaction: rating.satisfaction, ...(comment ? { comment } : {}) },
      headers: { 'X-Query-Code': lookup.queryCode.trim(), 'Accept-Language': ctx.locale },
      baseUrl: document.baseURI,
      parse: parseLetter,
    });
    return { lookup: { ...lookup, result: rated }, rating: { ...rating, busy: false, error: undefined, failure: undefined, done: true } };
  } catch (error) {
    const e = error instanceof SourceError ? error : undefined;
    const failure = ctx.localize(() =>
      e?.status === 409
        ? msg('这封信件已经评价过，每封信件只能评价一次。', { id: 'mm.rating.conflict' })
        : e?.status === 404
          ? msg('查询码不正确，无法评价。', { id: 'mm.rating.notFound' })
          : e?.issues[0]
            ? pickText(e.issues[0].message, ctx.locale)
            : e ? pickText(e.messages, ctx.locale) : msg('评价未能提交，请稍后重试。', { id: 'mm.rating.failed' }),
    );
    return { lookup, rating: { ...rating, busy: false, failure } };
  }
}
