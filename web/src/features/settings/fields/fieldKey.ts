// A custom field's key is what the API, filters and CSV headers call it, so it must be
// lower-case Latin (`[a-z][a-z0-9_]*`, at most 63 characters). People name fields in their
// own language; the key is derived from the label so they rarely have to think about it.

// Russian romanised as in passports (ICAO 9303), except that the hard and soft signs are
// dropped; plus the Ukrainian and Belarusian letters a label may carry.
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "iu",
  я: "ia", і: "i", ї: "i", є: "ie", ґ: "g", ў: "u",
};

/** Longest key the server accepts. */
export const MAX_KEY_LENGTH = 63;

export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (c) => CYRILLIC[c] ?? c).join("");
}

/** The key for a label: "Дата окончания" → `data_okonchaniia`; "Contract end" → `contract_end`. */
export function fieldKey(label: string): string {
  const latin = transliterate(label)
    .normalize("NFKD")
    // Accents split off by NFKD: "é" → "e".
    .replace(/[\u0300-\u036f]/g, "");
  let key = latin
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  // A key starts with a letter; "2nd contact" becomes `f_2nd_contact`.
  if (/^[0-9]/.test(key)) key = `f_${key}`;
  return key.slice(0, MAX_KEY_LENGTH).replace(/_+$/, "");
}

/** Whether the server would accept `key` as a custom field key. */
export function isValidKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && /^[a-z][a-z0-9_]*$/.test(key);
}
