// Lists of languages and countries for forms, named and sorted for the reader on the
// server. The browser's Intl data can name a language differently from Node's; names made
// here are the ones the page both renders and hydrates with.
import { compareText, countryName, languageName } from "./format";
import { countryCodes, isLanguageCode, languageCodes } from "./iso-codes";
import { isLanguage, languages, type Language } from "./languages";

export type Option = { value: string; label: string };

function sorted(options: Option[], reader: Language) {
  const compare = compareText(reader);
  return options.sort((a, b) => compare(a.label, b.label));
}

/**
 * Every ISO 639-1 language, named in the reader's language. Where two codes get the same
 * name (Intl calls both `ak` and `tw` "Akan"), each says its code, so no two look alike.
 */
export function languageOptions(reader: Language): Option[] {
  const named = languageCodes.map((code) => ({ value: code, label: languageName(code, reader) }));
  const count = new Map<string, number>();
  for (const { label } of named) count.set(label, (count.get(label) ?? 0) + 1);
  return sorted(
    named.map((option) => ((count.get(option.label) ?? 0) > 1 ? { ...option, label: `${option.label} (${option.value})` } : option)),
    reader,
  );
}

/** How many languages members speak, beyond the network's own, a form offers before the long list. */
const membersLanguagesOffered = 5;

/**
 * What a form asking for languages offers: every language, and those people pick most,
 * first: the network's own five, then the ones its members speak most (most spoken first).
 */
export function languageChoices(reader: Language, spokenByMembers: readonly string[]) {
  const others = spokenByMembers.filter((code) => !isLanguage(code) && isLanguageCode(code)).slice(0, membersLanguagesOffered);
  return { options: languageOptions(reader), firstChoices: [...languages, ...others] };
}

/** Every country, named in the reader's language. */
export function countryOptions(reader: Language): Option[] {
  return sorted(countryCodes.map((code) => ({ value: code, label: countryName(code, reader) })), reader);
}
