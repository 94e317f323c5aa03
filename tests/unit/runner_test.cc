// The bulk runner: -j 1 and -j N write identical bytes in input order; counts add up;
// --resume skips stored documents; errors go to the --errors file.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "io/runner.h"

namespace fs = std::filesystem;
using namespace claimkit;

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Write(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

// A small corpus: text files, a JSON Lines file with a bad line, an HTML page.
std::string MakeCorpus() {
  static int n = 0;
  std::string d = "/tmp/claimkit_runner_test_" + std::to_string(getpid()) + "_" + std::to_string(n++);
  // A directory left by an earlier run with the same process id would hold its SQLite
  // file, which --resume then skips: start empty.
  fs::remove_all(d);
  fs::create_directories(d + "/in/sub");
  const char* sentences[] = {
      "Unemployment fell to 4.2% in March from 4.5% a year earlier, the statistics office said.",
      "\"We expect growth of about 2% next year,\" said finance minister Rosa Delgado.",
      "The company cut 1,200 jobs, or 8% of its workforce, according to a filing.",
      "Rainfall was 30% below the long-term average, the weather service reported.",
      "More than 15,000 people attended the opening, organisers said on Sunday.",
  };
  for (int i = 0; i < 12; ++i) {
    std::string text = "Report " + std::to_string(i) + "\n\n";
    for (int k = 0; k < 5; ++k) text += std::string(sentences[(i + k) % 5]) + "\n\n";
    Write(d + "/in/" + (i % 2 ? "sub/" : "") + "t" + std::to_string(i) + ".txt", text);
  }
  std::string jsonl;
  for (int i = 0; i < 60; ++i) {
    if (i == 17) {
      jsonl += "{\"id\": \"broken\", \"text\": \n";
      continue;
    }
    nlohmann::json j = {{"id", "j" + std::to_string(i)},
                        {"text", std::string(sentences[i % 5]) + "\n\n" + sentences[(i + 2) % 5]},
                        {"lang", "en"}};
    jsonl += j.dump() + "\n";
  }
  Write(d + "/in/docs.jsonl", jsonl);
  Write(d + "/in/page.html",
        "<html><head><title>Page</title></head><body><article><h1>Prices</h1><p>" +
            std::string(sentences[0]) + "</p><p>" + sentences[1] + "</p></article></body></html>");
  return d;
}

RunOptions Options(const std::string& d, int threads, const std::string& out) {
  RunOptions o;
  o.inputs = {d + "/in"};
  o.threads = threads;
  o.window = threads == 1 ? 0 : 3;  // a small window stresses the reordering
  o.quiet = true;
  o.output.path = out;
  // The runner's job is order, counts and output; the quote extractor alone exercises
  // it. (The numeric extractor is tested in its own suites.)
  o.kinds = {"quote"};
  return o;
}

}  // namespace

TEST_CASE("runner: -j 1 and -j 2 produce identical output in every format") {
  std::string d = MakeCorpus();
  for (const char* fmt : {"jsonl", "json", "csv", "tsv"}) {
    CAPTURE(fmt);
    RunOptions a = Options(d, 1, d + "/one." + fmt);
    a.output.format = fmt;
    RunOptions b = Options(d, 2, d + "/two." + fmt);
    b.output.format = fmt;
    RunSummary sa = RunExtraction(a, std::cerr);
    RunSummary sb = RunExtraction(b, std::cerr);
    CHECK(sa.ok == 72);      // 12 text files + 59 good JSONL records + 1 page
    CHECK(sa.failed == 1);   // the broken line
    CHECK(sa.documents() == 73);
    CHECK(sa.ExitCode() == 1);
    CHECK(sb.ok == sa.ok);
    CHECK(sb.claims == sa.claims);
    std::string one = Slurp(d + "/one." + fmt), two = Slurp(d + "/two." + fmt);
    CHECK(!one.empty());
    CHECK(one == two);
  }
}

TEST_CASE("runner: output follows input order; passthrough metadata; errors file") {
  std::string d = MakeCorpus();
  RunOptions o = Options(d, 2, d + "/docs.json");
  o.output.format = "json";
  o.errors_path = d + "/errors.jsonl";
  RunSummary s = RunExtraction(o, std::cerr);
  CHECK(s.failed == 1);
  std::istringstream in(Slurp(d + "/docs.json"));
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    ids.push_back(j["doc_id"]);
    if (j["doc_id"] == "j3") CHECK(j["meta"]["lang"] == "en");
  }
  REQUIRE(ids.size() == 72);
  // Walk order: docs.jsonl, page.html, sub/..., t0, t10, t2, ... (sorted names).
  CHECK(ids[0] == "j0");
  CHECK(ids[58] == "j59");
  CHECK(ids[59] == "page");  // file stems
  CHECK(ids[60] == "t1");
  auto err = nlohmann::json::parse(Slurp(d + "/errors.jsonl"));
  CHECK(err["file"] == d + "/in/docs.jsonl");
  CHECK(err["record"] == 18);
  CHECK(err["code"] == "invalid_input");
}

TEST_CASE("runner: --resume into SQLite skips stored documents; --kinds and --min-confidence filter") {
  std::string d = MakeCorpus();
  RunOptions o = Options(d, 2, d + "/c.sqlite");
  o.output.format = "sqlite";
  o.output.resume = true;
  RunSummary first = RunExtraction(o, std::cerr);
  CHECK(first.ok == 72);
  RunSummary again = RunExtraction(o, std::cerr);
  CHECK(again.ok == 0);
  CHECK(again.skipped == 72);
  CHECK(again.failed == 1);  // failed documents are retried (and fail again)
  CHECK(again.documents() == 73);

  RunOptions q = Options(d, 2, d + "/q.jsonl");
  q.min_confidence = 0.6;
  RunExtraction(q, std::cerr);
  std::istringstream in(Slurp(d + "/q.jsonl"));
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    CHECK(j["kind"] == "quote");
    CHECK(j["confidence"].get<double>() >= 0.6);
  }
}

TEST_CASE("runner: usage errors are fatal before anything is written") {
  RunOptions o;
  o.inputs = {"/nonexistent"};
  o.quiet = true;
  o.output.format = "xml";
  CHECK(RunExtraction(o, std::cerr).ExitCode() == 2);
  o.output.format = "jsonl";
  o.kinds = {"no_such_extractor"};
  CHECK(RunExtraction(o, std::cerr).ExitCode() == 2);
}

TEST_CASE("runner: the extract command maps flags and exit codes") {
  auto sh = [](const std::string& args) {
    int status = std::system((std::string(CLAIMKIT_BIN) + " extract " + args + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  CHECK(sh("--help") == 0);
  CHECK(sh("--format sqlite /dev/null") == 2);       // sqlite needs -o
  CHECK(sh("--resume -o x.jsonl /dev/null") == 2);   // --resume needs sqlite
  CHECK(sh("--format xml /dev/null") == 2);
  CHECK(sh("--no-such-flag") == 2);
  CHECK(sh("-j") == 2);
  CHECK(sh("--fields nope --format csv /dev/null") == 2);
  // stdin: the format is sniffed (an HTML page here), metadata comes through.
  std::string d = "/tmp/claimkit_runner_cli_" + std::to_string(getpid());
  fs::remove_all(d);  // (see MakeCorpus)
  fs::create_directories(d);
  Write(d + "/page.html", "<!DOCTYPE html><html><head><title>Quiet day</title>"
                          "<meta name=\"author\" content=\"Jo Bell\"></head>"
                          "<body><article><p>Nothing happened.</p></article></body></html>");
  int status = std::system((std::string(CLAIMKIT_BIN) + " extract -q --format json - < " + d +
                            "/page.html > " + d + "/out.json").c_str());
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  auto j = nlohmann::json::parse(Slurp(d + "/out.json"));
  CHECK(j["meta"]["title"] == "Quiet day");
  CHECK(j["meta"]["author"] == "Jo Bell");
  CHECK(j["text"] == "Quiet day\n\nNothing happened.");
}
