// Readability as an extension would ship it alone: the size baseline for the content script.
import { isProbablyReaderable, Readability } from '@mozilla/readability';

Object.assign(globalThis, { Readability, isProbablyReaderable });
