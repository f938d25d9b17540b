// English and Russian. Each screen keeps its strings in its own namespace file,
// `locales/<language>/<namespace>.json`; both languages must have the same keys
// (checked by i18n.test.ts).
import i18n from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["en", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "relata.language";

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<{ default: Record<string, unknown> }>("./locales/*/*.json", {
  eager: true,
});

export function loadResources(): Resources {
  const resources: Resources = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's language, else English. */
export function initialLanguage(): Language {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = typeof navigator === "undefined" ? "en" : navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : "en";
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

const resources = loadResources();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: "en",
  ns: Object.keys(resources.en ?? {}),
  defaultNS: "common",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
