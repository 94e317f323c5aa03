// Expanding command-line inputs into the list of files to read.
//
//   WalkOptions w{.include = {"*.jsonl.gz"}, .exclude = {"drafts/*"}};
//   for (const InputPath& p : ExpandInputs({"corpus/", "extra.html"}, "", w)) ...
//
// Rules:
//   - a file argument is used as given (globs do not filter it); "-" is stdin;
//   - a directory is walked recursively, entries sorted by name (byte order) so the
//     order, and so the output, is the same on every run and machine; hidden entries
//     (".git", ".cache.txt") and symlinked directories are skipped;
//   - in a walk, a file is kept when it matches some --include glob (all files when
//     there is none) and no --exclude glob; a directory matching --exclude is pruned;
//   - a glob without '/' matches the entry's name ("*.html"); one with '/' matches the
//     path relative to the walked directory ("2024/*/draft-*"); '*' may cross '/'
//     there. Syntax: fnmatch(3) (*, ?, [abc]).
//   - --from-list FILE ("-" = stdin): one path per line (blank lines ignored), each
//     treated like an argument, after the arguments.
// A path that does not exist or cannot be listed becomes an InputPath with an error,
// so it is counted and reported like any other failed input.
#ifndef CLAIMKIT_IO_FS_WALK_H_
#define CLAIMKIT_IO_FS_WALK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claimkit/status.h"

namespace claimkit {

struct WalkOptions {
  std::vector<std::string> include;
  std::vector<std::string> exclude;
};

struct InputPath {
  std::string path;
  uint64_t size = 0;  // bytes on disk (0 for stdin or unknown)
  Status error;       // set when the path cannot be used
};

std::vector<InputPath> ExpandInputs(const std::vector<std::string>& args,
                                    const std::string& from_list, const WalkOptions& opts);

// True when `rel_path` (relative to a walked directory) matches `glob` per the rules above.
bool GlobMatches(const std::string& glob, const std::string& rel_path);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_FS_WALK_H_
