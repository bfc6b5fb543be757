/**
 * CSV that people send: what Excel saves is UTF-8 (with or without a byte-order mark) when they
 * chose "CSV UTF-8", and Windows-1252 when they chose plain "CSV" on a Finnish or Swedish Windows.
 * Bytes that are valid UTF-8 are read as UTF-8; anything else as Windows-1252, which gives every
 * byte a character, so a file is never refused for its encoding.
 */
export function decodeCsvBytes(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : decodeBytes(content);
  return text.replace(/^\uFEFF/, '');
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c1) => WINDOWS_1252_C1[c1.charCodeAt(0) - 0x80]!);
  }
}

/**
 * What Windows-1252 has at 0x80–0x9F (the WHATWG Encoding Standard's index-windows-1252): € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
 * Node 20.18.3 and later decode these bytes as C1 control characters, as Latin-1 does
 * (nodejs/node#60888), so Keino maps them itself; a correct decoder gives no C1 characters to map
 * except the five Windows-1252 leaves undefined, which stay as they are.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((codePoint) => String.fromCharCode(codePoint));

/** Finnish Excel writes semicolons, others commas: the header line decides (separators inside quotes do not count). */
export function detectCsvDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of header) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ';') semicolons++;
    else if (!quoted && character === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}
