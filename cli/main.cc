// claimkit: command-line shell over the library. See `claimkit --help`.
#include <cstring>
#include <iostream>
#include <string>

#include "commands.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const claimkit::cli::Args&);
};

const Command kCommands[] = {
    {"extract", "claim records (numeric claims, quotes) as JSON Lines, JSON, CSV, SQLite or text",
     claimkit::cli::RunExtract},
    {"segment", "paragraphs with roles, sentences and tokens, one JSON object per document",
     claimkit::cli::RunSegment},
    {"speakers", "one row per speaker: name, type, roles, organisations, aliases, quotes",
     claimkit::cli::RunSpeakers},
    {"eval", "score claimkit on evaluation data (segmentation, numbers, quotes)",
     claimkit::cli::RunEval},
};

void PrintHelp() {
  std::cout <<
      "claimkit " CLAIMKIT_VERSION " - turn news articles into checkable claim records\n"
      "\n"
      "usage: claimkit COMMAND [OPTIONS] [FILE...|-]\n"
      "\n"
      "commands:\n";
  for (const Command& c : kCommands) {
    std::cout << "  " << c.name << std::string(10 - std::strlen(c.name), ' ') << c.summary << "\n";
  }
  std::cout <<
      "\n"
      "Run `claimkit COMMAND --help` for a command's options.\n"
      "\n"
      "examples:\n"
      "  claimkit extract article.txt               numeric and quote claims, one JSON per line\n"
      "  claimkit extract --format text article.txt the same, one readable line per claim\n"
      "  claimkit extract news/ -o corpus.sqlite    a folder into a SQLite corpus, all cores\n"
      "  claimkit segment --tokens article.txt      structure, sentences and tokens\n"
      "  claimkit extract --input-format jsonl -    documents {\"id\",\"text\",...} on stdin\n"
      "\n"
      "Every span is {\"start\",\"end\"}: byte offsets into the document text as read\n"
      "(end exclusive). Errors go to stderr as FILE:record N:byte M: message.\n"
      "\n"
      "exit codes: 0 all documents processed, 1 some documents failed, 2 usage or fatal error\n"
      "\n"
      "Schema and formats: docs/schema.md, docs/inputs.md, docs/outputs.md.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintHelp();
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    PrintHelp();
    return 0;
  }
  if (cmd == "--version" || cmd == "-V") {
    std::cout << "claimkit " CLAIMKIT_VERSION "\n";
    return 0;
  }
  claimkit::cli::Args args(argv + 2, argv + argc);
  for (const Command& c : kCommands) {
    if (cmd == c.name) return c.run(args);
  }
  std::cerr << "claimkit: unknown command '" << cmd << "' (see claimkit --help)\n";
  return 2;
}
