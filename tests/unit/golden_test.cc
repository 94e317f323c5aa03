// Golden tests over corpus/: hand-checked paragraph roles and body sentences.
//
//   tests/golden/structure/<name>.roles       one line per paragraph: role<TAB>text prefix
//   tests/golden/sentences/<name>.sentences   the body paragraphs' sentences, one per line
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"

namespace fs = std::filesystem;
using namespace claimkit;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

const fs::path kRoot = CLAIMKIT_SOURCE_DIR;

}  // namespace

TEST_CASE("golden: paragraph roles of the corpus articles") {
  int checked = 0;
  for (const auto& e : fs::directory_iterator(kRoot / "tests/golden/structure")) {
    if (e.path().extension() != ".roles") continue;
    fs::path article = kRoot / "corpus" / (e.path().stem().string() + ".txt");
    CAPTURE(article.string());
    REQUIRE(fs::exists(article));
    Document doc(Slurp(article), DocumentMeta{});
    Analyzer analyzer;
    Result<Analysis> a = analyzer.Analyze(doc);
    REQUIRE(a.ok());
    std::vector<std::string> expected = Lines(Slurp(e.path()));
    const auto& paras = a->structure.paragraphs;
    CHECK(paras.size() == expected.size());
    for (size_t i = 0; i < std::min(paras.size(), expected.size()); ++i) {
      size_t tab = expected[i].find('\t');
      std::string role = expected[i].substr(0, tab);
      std::string prefix = expected[i].substr(tab + 1);
      std::string got(paras[i].span.Of(doc.text()));
      CAPTURE(i);
      CAPTURE(got);
      CHECK(got.rfind(prefix, 0) == 0);
      CHECK(std::string(RoleName(paras[i].role)) == role);
    }
    ++checked;
  }
  CHECK(checked >= 4);
}

TEST_CASE("golden: body sentences of the corpus articles") {
  int checked = 0;
  for (const auto& e : fs::directory_iterator(kRoot / "tests/golden/sentences")) {
    if (e.path().extension() != ".sentences") continue;
    fs::path article = kRoot / "corpus" / (e.path().stem().string() + ".txt");
    CAPTURE(article.string());
    REQUIRE(fs::exists(article));
    Document doc(Slurp(article), DocumentMeta{});
    Analyzer analyzer;
    Result<Analysis> a = analyzer.Analyze(doc);
    REQUIRE(a.ok());
    std::vector<std::string> got;
    for (const Sentence& s : a->sentences) {
      if (a->RoleOf(s) == Role::kBody) got.emplace_back(s.span.Of(doc.text()));
    }
    std::vector<std::string> expected = Lines(Slurp(e.path()));
    CHECK(got.size() == expected.size());
    for (size_t i = 0; i < std::min(got.size(), expected.size()); ++i) {
      CAPTURE(i);
      CHECK(got[i] == expected[i]);
    }
    ++checked;
  }
  CHECK(checked >= 2);
}

TEST_CASE("golden: the example article's structure (../shared/seed)") {
  fs::path seed = fs::path(CLAIMKIT_SHARED_DIR) / "seed/000_961cd1962e6daa38.txt";
  if (!fs::exists(seed)) {
    MESSAGE("skipped: ../shared/seed not present");
    return;
  }
  Document doc(Slurp(seed), DocumentMeta{});
  Analyzer analyzer;
  Result<Analysis> a = analyzer.Analyze(doc);
  REQUIRE(a.ok());
  auto role_of = [&](const std::string& prefix) -> std::string {
    for (const Paragraph& p : a->structure.paragraphs) {
      if (std::string(p.span.Of(doc.text())).rfind(prefix, 0) == 0) return RoleName(p.role);
    }
    return "(missing)";
  };
  // Expectations from the hand-made reference (seed/*.gold.json "structure").
  CHECK(a->structure.published == "2020-05-14");
  CHECK(role_of("Amnesty International: Cambodia") == "headline");
  CHECK(role_of("A Cambodian policeman stands guard") == "caption");
  CHECK(role_of("This screengrab taken from") == "caption");
  CHECK(role_of("Based on the spirit of collaboration, Amnesty International, should") ==
        "pull_quote");
  std::string name_line_role = "(missing)";
  for (const Paragraph& p : a->structure.paragraphs) {
    if (p.span.Of(doc.text()) == "Chin Malin, spokesman for the Ministry of Justice") {
      name_line_role = RoleName(p.role);
    }
  }
  CHECK(name_line_role == "pull_quote_attribution");
  CHECK(role_of("LINES OF THOUGHT") == "boilerplate");
  CHECK(role_of("Human rights") == "boilerplate");
  CHECK(role_of("Written By:") == "boilerplate");
  CHECK(role_of("Read more articles") == "boilerplate");
  CHECK(role_of("The Cambodian \xE2\x80\x9cwar on drugs\xE2\x80\x9d launched") == "body");
}
