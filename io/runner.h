// The bulk runner behind `claimkit extract`: inputs -> reader thread -> N workers ->
// one writer, in input order.
//
//   RunOptions o;
//   o.inputs = {"corpus/"};
//   o.output.format = "sqlite"; o.output.path = "corpus.sqlite";
//   RunSummary s = RunExtraction(o);
//   return s.ExitCode();   // 0 all ok, 1 some documents failed, 2 fatal, 130 interrupted
//
// Guarantees:
//   - Output is in input order and byte-identical for every -j (documents are
//     numbered as read; the writer waits for the next number).
//   - Bounded memory: at most `window` documents are between the reader and the
//     writer at any time (default 4 per worker + 4), whatever the corpus size; one
//     document is at most --max-doc-bytes.
//   - Every document read ends in the output (ok), the error report (failed) or, with
//     --resume, is skipped as already stored; summary: read = ok + failed + skipped.
//   - Each worker has its own Analyzer and Extractors (no shared mutable state).
//   - SIGINT: reading stops, documents already read are finished and written, the
//     output is committed (valid, partial), the summary says "interrupted" and the
//     exit code is 130. A second SIGINT kills the process (temp files stay; the
//     final output path is untouched).
//   - A write error (full disk) is fatal: the run stops, temporary output is removed,
//     an existing output file is left as it was, exit code 2.
#ifndef CLAIMKIT_IO_RUNNER_H_
#define CLAIMKIT_IO_RUNNER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "claimkit/status.h"
#include "io/fs_walk.h"
#include "io/input.h"
#include "io/writers.h"

namespace claimkit {

struct RunOptions {
  std::vector<std::string> inputs;  // files, directories, "-" (stdin)
  std::string from_list;            // --from-list FILE ("-" = stdin); empty = none
  WalkOptions walk;                 // --include / --exclude
  InputOptions input;               // --input-format, --max-doc-bytes
  PipelineOptions pipeline = PipelineOptions::ForClaims();  // --strict, ...
  std::vector<std::string> kinds;   // extractors to run ("quote", "numeric"); empty = all
  double min_confidence = 0;        // claims below are dropped
  WriterOptions output;             // --format, -o, --fields, --resume
  std::string errors_path;          // --errors FILE (JSON Lines); empty = stderr only
  int threads = 0;                  // -j; 0 = all cores
  int window = 0;                   // documents in flight; 0 = 4 * threads + 4
  bool quiet = false;               // no progress, no summary, no per-error lines
  bool progress = false;            // periodic progress lines even when stderr is not a tty
  int max_error_lines = 20;         // per-error lines on stderr before "... (more)"
};

struct RunSummary {
  uint64_t ok = 0, failed = 0, skipped = 0;  // documents
  uint64_t claims = 0;
  uint64_t text_bytes = 0;   // document text processed
  uint64_t input_bytes = 0;  // raw (compressed) bytes read
  double seconds = 0;
  int threads = 0;
  bool interrupted = false;
  Status fatal;              // usage or fatal error (exit 2)

  uint64_t documents() const { return ok + failed + skipped; }
  int ExitCode() const;
  // "claimkit: 1204 documents (1200 ok, 4 failed, 0 skipped), 9120 claims; 38.2 MB in
  //  1.6 s: 23.9 MB/s, 752 docs/s, 2 threads"
  std::string ToString() const;
};

RunSummary RunExtraction(const RunOptions& opts, std::ostream& log);

// Asks a running RunExtraction to stop as on SIGINT (tests; safe from any thread).
void RequestStop();

}  // namespace claimkit

#endif  // CLAIMKIT_IO_RUNNER_H_
