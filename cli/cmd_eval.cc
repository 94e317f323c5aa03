// claimkit eval {segmentation|numbers|quotes} ...
#include <iostream>

#include "commands.h"

namespace claimkit::cli {

int RunEval(const Args& args) {
  static const char* kHelp =
      "usage: claimkit eval segmentation (--golden-rules FILE | --conllu FILE) [--plain-icu]\n"
      "       claimkit eval numbers --newsquant FILE\n"
      "       claimkit eval quotes --polnear DIR\n"
      "       claimkit eval seed --gold FILE.gold.json ARTICLE.txt [--min NAME=VALUE]\n"
      "Prints the scores; with --min-* thresholds (see each command's --help) exits 1\n"
      "when a score falls below them.\n";
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kHelp;
    return args.empty() ? 2 : 0;
  }
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "segmentation") return RunEvalSegmentation(rest);
  if (args[0] == "numbers") return RunEvalNumbers(rest);
  if (args[0] == "quotes") return RunEvalQuotes(rest);
  if (args[0] == "seed") return RunEvalSeed(rest);
  std::cerr << "claimkit eval: unknown task '" << args[0] << "'\n" << kHelp;
  return 2;
}

}  // namespace claimkit::cli
