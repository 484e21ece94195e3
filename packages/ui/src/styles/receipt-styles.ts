/**
 * The receipt's codes (tracking or letter number and query code), shared by both forms: the lead
 * line, each code large in a monospace face with its copy button beside it. Imported as
 * `@gongkai/ui/receipt-styles`: the request form has it in its static styles, the mailbox in its
 * lazy chunk's.
 */
import { css } from 'lit';

export const receiptStyles = css`
  .receipt__lead {
    margin-block-start: 0;
    font-size: 1.2em;
    font-weight: bold;
    color: var(--_success);
  }
  .receipt__codes {
    margin: 0;
  }
  .receipt__codes dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .receipt__code {
    font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace;
    font-size: 1.3em;
    font-weight: bold;
    letter-spacing: 0.05em;
  }
`;
