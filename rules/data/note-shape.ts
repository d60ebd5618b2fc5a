// Data that recognises a note's frame: greetings, sign-offs, placeholders. No logic.

export const NOTE_SHAPE = {
  /** A first line that greets the reader (“Dear Ms. Okafor,”, “Hi Sam —”). */
  greeting:
    /^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|to whom it may concern|attn:?|attention:?)\b[^?!\n]{0,60}?[,:!\u2014\u2013-]?$/i,
  /** A line that closes the note before the signature (“Best regards,”, “Thank you,”). */
  valediction:
    /^(?:[-\u2014\u2013]\s*)?(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|warm wishes|warmly|regards|many thanks|thanks(?: again| so much)?|thank you(?: again)?|with (?:thanks|gratitude|appreciation)|gratefully|sincerely|yours(?: sincerely| truly| faithfully)?|respectfully|cheers|all the best|take care|talk soon|best,)[,.!]?$/i,
  /** A signature line after the valediction is at most this many words… */
  signatureLineWords: 6,
  /** …and there are at most this many of them (name, title, phone, email). */
  signatureLines: 5,
  /** Words that make lowercase bracketed text a slot to fill (“[your name]”). */
  placeholderWords: /\b(?:name|company|role|position|title|date|your|insert|interviewer|manager|team|job|employer|organi[sz]ation|day|time|topic|project|skill|email|phone)\b/i,
  /** Real HTML elements, which are markup rather than placeholders. */
  htmlTags: new Set([
    'a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'details', 'div', 'em', 'hr', 'i', 'img', 'ins', 'kbd',
    'mark', 'p', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'u', 'ul', 'ol', 'li',
    'table', 'tr', 'td', 'th', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'font', 'center',
  ]),
} as const;
