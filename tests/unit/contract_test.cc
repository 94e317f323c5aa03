// The output contract (../shared/CONTRACT.md) on every corpus article: spans in bounds and on
// character boundaries, ids unique and well formed, required fields present and valid.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "claimkit/pipeline.h"
#include "extractors/registry.h"
#include "io/json_out.h"

namespace fs = std::filesystem;
using namespace claimkit;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsBoundary(const std::string& t, size_t i) {
  return i == t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
}

void CheckSpan(const std::string& text, const nlohmann::json& span) {
  REQUIRE(span.is_object());
  size_t a = span.at("start"), b = span.at("end");
  CHECK(a <= b);
  CHECK(b <= text.size());
  CHECK(IsBoundary(text, a));
  CHECK(IsBoundary(text, b));
}

std::vector<fs::path> Articles() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(CLAIMKIT_SOURCE_DIR) / "corpus")) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  fs::path seed = fs::path(CLAIMKIT_SHARED_DIR) / "seed/000_961cd1962e6daa38.txt";
  if (fs::exists(seed)) out.push_back(seed);
  return out;
}

}  // namespace

TEST_CASE("contract: claim records of every corpus article") {
  auto ex = Extractors::Create();
  REQUIRE(ex.ok());
  Analyzer analyzer;
  for (const fs::path& p : Articles()) {
    CAPTURE(p.string());
    DocumentMeta meta;
    meta.id = p.stem().string();
    Document doc(Slurp(p), meta);
    Result<Analysis> a = analyzer.Analyze(doc);
    REQUIRE(a.ok());
    std::set<std::string> ids;
    for (const Claim& c : ex.value()->Run(a.value())) {
      nlohmann::json j = nlohmann::json::parse(ClaimToJson(c, doc.text()));
      CAPTURE(j.dump());
      CHECK(j.at("schema") == "claimkit/claim@1");
      CHECK(j.at("doc_id") == meta.id);
      std::string id = j.at("id");
      CHECK(id.rfind(meta.id + "#", 0) == 0);
      CHECK(ids.insert(id).second);
      CheckSpan(doc.text(), j.at("span"));
      size_t a0 = j["span"]["start"], b0 = j["span"]["end"];
      CHECK(doc.text().substr(a0, b0 - a0) == j.at("text").get<std::string>());
      double conf = j.at("confidence");
      CHECK(conf >= 0);
      CHECK(conf <= 1);
      if (j.at("kind") == "quote") {
        CheckSpan(doc.text(), j.at("quote").at("content_span"));
        size_t a1 = j["quote"]["content_span"]["start"], b1 = j["quote"]["content_span"]["end"];
        CHECK(doc.text().substr(a1, b1 - a1) == j["quote"]["content"].get<std::string>());
        std::set<std::string> types = {"direct", "mixed", "indirect", "partial", "pull"};
        CHECK(types.count(j["quote"]["type"].get<std::string>()) == 1);
        CHECK(j.at("speaker").contains("resolution"));
      } else {
        CHECK(j.at("kind") == "numeric");
        CheckSpan(doc.text(), j.at("quantity").at("span"));
        size_t a1 = j["quantity"]["span"]["start"], b1 = j["quantity"]["span"]["end"];
        CHECK(doc.text().substr(a1, b1 - a1) == j["quantity"]["text"].get<std::string>());
        std::set<std::string> bounds = {"exact",    "approx",   "more_than", "less_than",
                                        "at_least", "at_most",  "range"};
        CHECK(bounds.count(j["quantity"]["bound"].get<std::string>()) == 1);
        CHECK((j["quantity"]["value"].is_number() ||
               (j["quantity"]["low"].is_number() && j["quantity"]["high"].is_number())));
      }
    }
  }
}
