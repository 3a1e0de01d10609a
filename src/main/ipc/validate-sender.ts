/**
 * Every IPC message is checked for where it came from before its arguments
 * are looked at: it must come from the top frame of one of our windows, and
 * that frame must show our own origin (`app://org-planner`, or the dev server
 * during `npm run dev`). A subframe, a page that navigated elsewhere, or any
 * other web contents is refused.
 */

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** The parts of IpcMainEvent / IpcMainInvokeEvent the check reads. */
export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly id: number };
}

export interface SenderPolicy {
  /** `scheme://host[:port]` of the pages allowed to talk to main. */
  readonly trustedOrigins: readonly string[];
}

export class ForeignSenderError extends Error {
  override readonly name = 'ForeignSenderError';
}

/**
 * `scheme://host[:port]`. Node's `URL.origin` is the opaque "null" for custom
 * schemes such as `app:`, so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isTrustedFrame(frame: FrameLike | null | undefined, policy: SenderPolicy): boolean {
  if (frame === null || frame === undefined) return false;
  // Only the top frame: an iframe (were one ever loaded) gets no access to main.
  if (frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && policy.trustedOrigins.includes(origin);
}

/** Throws unless the event comes from a trusted top frame; returns the sender's web contents id. */
export function assertTrustedSender(event: SenderEventLike, policy: SenderPolicy): number {
  if (!isTrustedFrame(event.senderFrame, policy)) {
    throw new ForeignSenderError(`refused IPC from ${event.senderFrame?.url ?? 'an unknown frame'}`);
  }
  return event.sender.id;
}
