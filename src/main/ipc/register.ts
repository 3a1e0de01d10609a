/**
 * Puts the handler table on `ipcMain`. For every message: the sender frame is
 * checked first (our origin, top frame, one of our windows), then the number
 * and the shape of the arguments, and only then is the handler run. A refusal
 * rejects the renderer's promise with a short message and is logged.
 */
import { COMMANDS_READY_CHANNEL, INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL } from '../../preload/channels';
import { handlers, openDroppedHandler, type Handler, type HandlerContext } from './handlers';
import { assertTrustedSender, type SenderEventLike, type SenderPolicy } from './validate-sender';
import { PayloadError } from './validators';

/** The parts of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => void): void;
}

export interface IpcDeps {
  readonly policy: SenderPolicy;
  /** The window context of a web contents id; undefined for anything that is not one of our windows. */
  readonly contextFor: (webContentsId: number) => HandlerContext | undefined;
  readonly log?: (message: string) => void;
}

function contextOf(event: SenderEventLike, deps: IpcDeps): HandlerContext {
  const id = assertTrustedSender(event, deps.policy);
  const ctx = deps.contextFor(id);
  if (ctx === undefined) throw new PayloadError('refused IPC from a web contents that is not an Org Planner window');
  return ctx;
}

export function parseArguments<A extends unknown[]>(
  validators: { readonly [I in keyof A]: (value: unknown, name: string) => A[I] },
  args: readonly unknown[],
  channel: string,
): A {
  const list = validators as readonly ((value: unknown, name: string) => unknown)[];
  if (args.length !== list.length) {
    throw new PayloadError(`${channel}: expected ${list.length} argument(s), got ${args.length}`);
  }
  return list.map((validate, index) => validate(args[index], `${channel}[${index}]`)) as A;
}

/** Wraps one handler with the sender check and the argument validation. */
export function guard<A extends unknown[], R>(
  channel: string,
  target: Handler<A, R>,
  deps: IpcDeps,
): (event: SenderEventLike, ...args: unknown[]) => Promise<R> {
  return async (event, ...args) => {
    try {
      const ctx = contextOf(event, deps);
      const parsed = parseArguments<A>(target.validators, args, channel);
      return await target.run(ctx, ...parsed);
    } catch (error) {
      deps.log?.(`ipc ${channel}: ${String(error)}`);
      throw error;
    }
  };
}

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  for (const key of Object.keys(handlers) as (keyof typeof handlers)[]) {
    const target = handlers[key] as Handler<unknown[], unknown>;
    ipcMain.handle(INVOKE_CHANNELS[key], guard(INVOKE_CHANNELS[key], target, deps));
  }
  ipcMain.handle(OPEN_DROPPED_CHANNEL, guard(OPEN_DROPPED_CHANNEL, openDroppedHandler, deps));
  ipcMain.on(COMMANDS_READY_CHANNEL, (event, ...args) => {
    try {
      if (args.length !== 0) throw new PayloadError(`${COMMANDS_READY_CHANNEL}: expected no arguments`);
      contextOf(event, deps).window.rendererReady();
    } catch (error) {
      deps.log?.(`ipc ${COMMANDS_READY_CHANNEL}: ${String(error)}`);
    }
  });
}
