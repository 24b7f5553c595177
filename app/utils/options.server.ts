// Lists of languages and countries for forms, named and sorted for the reader on the
// server. The browser's Intl data can name a language differently from Node's; names made
// here are the ones the page both renders and hydrates with.
import { compareText, countryName, languageName } from "./format";
import { countryCodes, languageCodes } from "./iso-codes";
import type { Language } from "./languages";

export type Option = { value: string; label: string };

function sorted(options: Option[], reader: Language) {
  const compare = compareText(reader);
  return options.sort((a, b) => compare(a.label, b.label));
}

/** Every ISO 639-1 language, named in the reader's language. */
export function languageOptions(reader: Language): Option[] {
  return sorted(languageCodes.map((code) => ({ value: code, label: languageName(code, reader) })), reader);
}

/** Every country, named in the reader's language. */
export function countryOptions(reader: Language): Option[] {
  return sorted(countryCodes.map((code) => ({ value: code, label: countryName(code, reader) })), reader);
}
