/**
 * The one-time satisfaction rating of a looked-up letter, as a plain async step loaded with the
 * lookup view: it takes the letter, its query code and the rating as typed, and resolves with the
 * rated letter or the rating's next state, so the element only stores what comes back. (The
 * lookup itself is @gongkai/ui's LookupController.)
 */
import { msg, pickText } from '@gongkai/ui';
import type { Locale } from '@gongkai/ui';
import { SourceError } from '@gongkai/client';
import { rateLetter as postRating } from '@gongkai/client/endpoints';
import type { LetterRating, WriterLetter } from '@gongkai/schema';
import { parseLetter } from './schema-checks.js';
import type { RatingState } from '../views/lookup-view.js';

interface Context {
  api: string;
  locale: Locale;
  /** Runs `fn` with the element's translations active (messages made outside rendering). */
  localize: <T>(fn: () => T) => T;
}

/** `POST mailbox/letters/{n}/rating` once; a 409 means the letter was already rated. */
export async function rateLetter(letter: WriterLetter, queryCode: string, rating: RatingState, ctx: Context): Promise<{ rated?: WriterLetter; rating: RatingState }> {
  if (!rating.satisfaction) {
    return { rating: { ...rating, error: ctx.localize(() => msg('请选择满意程度', { id: 'mm.rating.needLevel' })) } };
  }
  const comment = rating.comment.trim();
  try {
    const rated = await postRating(letter.letterNumber, { satisfaction: rating.satisfaction as LetterRating['satisfaction'], ...(comment ? { comment } : {}) }, {
      api: ctx.api,
      queryCode: queryCode.trim(),
      locale: ctx.locale,
      baseUrl: document.baseURI,
      parse: parseLetter,
    });
    return { rated, rating: { ...rating, busy: false, error: undefined, failure: undefined, done: true } };
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
    return { rating: { ...rating, busy: false, failure } };
  }
}
