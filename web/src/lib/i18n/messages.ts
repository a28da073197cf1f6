import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';

/** Chinese first; English for visitors. Keys are stable; add both languages together. */
export const messages = { 'zh-CN': zhCN, en } as const;

export type Locale = keyof typeof messages;
export type MessageKey = keyof typeof zhCN;
