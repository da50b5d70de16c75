/**
 * The typed messages between Casefile's parts. Each handler parses its input
 * with the zod schema at the receiver (lib/schema.ts), so a malformed message
 * is refused, not trusted.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractTabRequest, SaveClipRequest, SaveClipResponse, TabReading, UpdateClipRequest } from './schema';

interface ProtocolMap {
  /** Popup → background: read the tab (inject the extractor, return plain data). */
  readTab(request: ExtractTabRequest): TabReading;
  /** Popup → background: keep a clip and update the page's badge. */
  saveClip(request: SaveClipRequest): SaveClipResponse;
  /** Popup → background: change a clip just saved (kind, quote, note, tags). */
  updateClip(request: UpdateClipRequest): SaveClipResponse;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
