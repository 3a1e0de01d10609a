/** What a command may touch, so tests can run commands in-process with captured output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_INVALID = 2;
