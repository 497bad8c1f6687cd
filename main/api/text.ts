/**
 * Vietnamese text compared the way people type it: lower case, without tone and vowel marks, đ as d.
 * "Đống Đa" → "dong da". Precomposed (NFC) letters fold one to one, so offsets in the folded text
 * are offsets in the original; a stray combining mark folds to nothing.
 */
export function foldVietnamese(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC')) {
    let fold = foldedCharacters.get(char);
    if (fold === undefined) foldedCharacters.set(char, (fold = foldCharacter(char)));
    folded += fold;
  }
  return folded;
}

/** Folding is most of the cost of indexing text for search; the alphabet is small, so each character is folded once. */
const foldedCharacters = new Map<string, string>();

function foldCharacter(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd';
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase();
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
