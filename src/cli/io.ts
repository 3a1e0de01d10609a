/** What a command may touch, so tests can run commands in-process with captured output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** 128 + SIGPIPE: what a shell reports for any Unix tool whose reader went away (`check … | head`). */
export const EXIT_CLOSED_PIPE = 141;

/** The reader of stdout (or stderr) went away: stop at once, quietly, as other Unix tools do. */
export function exitQuietlyOnClosedPipe(
  streams: readonly NodeJS.EventEmitter[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (error: unknown) => {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPIPE')
        exit(EXIT_CLOSED_PIPE);
      else throw error;
    });
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_INVALID = 2;
