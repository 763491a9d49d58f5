// Reading answers from standard input one line at a time (prompts for variables, apply's approval):
// one reader per stream keeps what arrived after a line for the next question.

interface LineReader {
  buffer: string;
  ended: boolean;
  waiting: (() => void)[];
}

const readers = new WeakMap<NodeJS.ReadableStream, LineReader>();

/**
 * The next line of the stream without its line ending; undefined at end of input. The stream flows
 * only while a line is awaited (paused in between), so that an open terminal or pipe does not keep
 * the process alive once the command is done.
 */
export async function readLine(stream: NodeJS.ReadableStream): Promise<string | undefined> {
  const r = readerFor(stream);
  try {
    return await nextLine(stream, r);
  } finally {
    stream.pause();
  }
}

async function nextLine(stream: NodeJS.ReadableStream, r: LineReader): Promise<string | undefined> {
  for (;;) {
    const nl = r.buffer.indexOf("\n");
    if (nl !== -1) {
      const line = r.buffer.slice(0, nl).replace(/\r$/, "");
      r.buffer = r.buffer.slice(nl + 1);
      return line;
    }
    if (r.ended) {
      if (r.buffer === "") return undefined;
      const line = r.buffer;
      r.buffer = "";
      return line;
    }
    stream.resume();
    await new Promise<void>((resolve) => r.waiting.push(resolve));
  }
}

function readerFor(stream: NodeJS.ReadableStream): LineReader {
  let r = readers.get(stream);
  if (r) return r;
  const reader: LineReader = { buffer: "", ended: false, waiting: [] };
  const wake = (): void => {
    for (const w of reader.waiting.splice(0)) w();
  };
  stream.on("data", (chunk: Buffer | string) => {
    reader.buffer += chunk.toString();
    wake();
  });
  stream.on("end", () => {
    reader.ended = true;
    wake();
  });
  stream.on("error", () => {
    reader.ended = true;
    wake();
  });
  readers.set(stream, reader);
  return reader;
}
