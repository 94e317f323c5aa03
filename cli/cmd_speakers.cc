// claimkit speakers FILE...: one JSON line per speaker of each document:
// {"doc_id", "name", "type", "roles", "orgs", "aliases", "quotes"}.
#include <iostream>

#include <nlohmann/json.hpp>

#include "claimkit/pipeline.h"
#include "commands.h"
#include "extractors/quote.h"
#include "io/input.h"

namespace claimkit::cli {

int RunSpeakers(const Args& args) {
  static const char* kHelp =
      "usage: claimkit speakers [--input-format FMT] FILE...\n"
      "Prints one JSON line per speaker: doc_id, canonical name, type, roles, organisations,\n"
      "aliases used and number of quotes. Exit codes: 0 ok, 1 some documents failed, 2 usage.\n";
  InputOptions in_opts;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kHelp;
      return 0;
    } else if (args[i] == "--input-format" && i + 1 < args.size()) {
      in_opts.format = args[++i];
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.empty()) {
    std::cerr << kHelp;
    return 2;
  }
  auto ex = QuoteExtractor::Create();
  if (!ex.ok()) {
    std::cerr << "claimkit speakers: " << ex.status().ToString() << "\n";
    return 2;
  }
  Analyzer analyzer(PipelineOptions::ForClaims());
  int rc = 0;
  for (const std::string& path : paths) {
    auto reader = OpenInput(path, in_opts);
    InputItem item;
    while (reader->Next(&item)) {
      if (!item.doc) {
        std::cerr << "claimkit speakers: " << item.error.ToString() << "\n";
        rc = 1;
        continue;
      }
      Result<Analysis> a = analyzer.Analyze(*item.doc);
      if (!a.ok()) {
        std::cerr << "claimkit speakers: " << a.status().ToString() << "\n";
        rc = 1;
        continue;
      }
      std::vector<SpeakerProfile> speakers;
      (*ex)->Extract(*a, &speakers);
      for (const SpeakerProfile& s : speakers) {
        nlohmann::json j = {{"doc_id", item.doc->id()}, {"name", s.name},
                            {"type", SpeakerTypeName(s.type)}, {"roles", s.roles},
                            {"orgs", s.orgs}, {"aliases", s.aliases}, {"quotes", s.quotes}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      }
    }
  }
  return rc;
}

}  // namespace claimkit::cli
