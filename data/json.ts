// JSON written HTML-safe, as Go's encoding/json does by default: `<`, `>`, `&`, U+2028 and U+2029 become
// `\u003c`-style escapes. Any JSON parser reads the same values, but a client that wrongly shows a string
// as HTML gets text, and the text can be pasted into a <script> block. Used for every API answer and for
// the dataset file the build writes.

const unsafe = /[<>&\u2028\u2029]/g;
const escaped = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON text of `value` with no raw `<`, `>`, `&`, U+2028 or U+2029 (they occur only inside strings); `space` indents. */
export const htmlSafeJson = (value: unknown, space?: number): string => JSON.stringify(value, null, space).replace(unsafe, escaped);
