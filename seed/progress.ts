// Progress of a long import: a bar on a terminal (cli-progress), plain lines otherwise (CI logs).
import cliProgress from 'cli-progress';
import type { BulkProgress } from '../server/import/importer.ts';

export interface Reporter {
  update(p: BulkProgress, bytesRead: number): void;
  stop(): void;
}

const rate = (statements: number, started: number) =>
  Math.round(statements / Math.max(0.001, (Date.now() - started) / 1000));

export function progressReporter(
  totalBytes: number | undefined,
  stream: NodeJS.WriteStream = process.stderr,
): Reporter {
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          totalBytes === undefined
            ? 'seeding | {documents} documents | {statements} statements | {rate} statements/s | {rejected} rejected'
            : 'seeding {bar} {percentage}% | {documents} documents | {statements} statements | {rate} statements/s | ETA {eta_formatted} | {rejected} rejected',
        etaBuffer: 50,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(totalBytes ?? 0, 0, { documents: 0, statements: 0, rate: 0, rejected: 0 });
    return {
      update: (p, bytes) => bar.update(bytes, { ...p, rate: rate(p.statements, started) }),
      stop: () => bar.stop(),
    };
  }
  let last = started;
  let latest: [BulkProgress, number] | undefined;
  const print = (p: BulkProgress, bytes: number) => {
    const share = totalBytes ? bytes / totalBytes : undefined;
    const elapsed = (Date.now() - started) / 1000;
    const eta =
      share && share > 0
        ? ` ${Math.round(share * 100)}%, ETA ${Math.round(elapsed / share - elapsed)} s,`
        : '';
    stream.write(
      `seeding:${eta} ${p.documents} documents, ${p.statements} statements, ${rate(p.statements, started)} statements/s, ${p.rejected} rejected\n`,
    );
  };
  return {
    update(p, bytes) {
      latest = [p, bytes];
      if (Date.now() - last < 5000) return;
      last = Date.now();
      print(p, bytes);
    },
    // The last line is always printed, so a log shows where the import ended.
    stop: () => latest && print(...latest),
  };
}
