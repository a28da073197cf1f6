import { serverConfig } from '$lib/config/server-config.svelte.js';
import { messages, type Locale, type MessageKey } from './messages.js';

const STORAGE_KEY = 'heatline.locale';

function initial(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

/** The chosen language, remembered in this browser; Chinese unless the user switched. */
export const i18n = $state({ locale: initial() });

export function t(key: MessageKey): string {
  return messages[i18n.locale][key];
}

export function toggleLocale(): void {
  i18n.locale = i18n.locale === 'zh-CN' ? 'en' : 'zh-CN';
  localStorage.setItem(STORAGE_KEY, i18n.locale);
  document.documentElement.lang = i18n.locale;
}

/** A place's name in the current language. */
export function nameOf(p: { name: string; nameEn: string }): string {
  return i18n.locale === 'zh-CN' ? p.name : p.nameEn;
}

/** A time as the city reads it: in the server's zone, whatever the browser's, in the chosen language. */
export function formatTime(iso: string, part: 'datetime' | 'time' = 'datetime'): string {
  const opts: Intl.DateTimeFormatOptions =
    part === 'time' ? { timeStyle: 'medium' } : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(i18n.locale, { ...opts, timeZone: serverConfig.timeZone }).format(Date.parse(iso));
}
