// The claimkit executable: exit codes, error messages, JSON output that honours the contract.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Run {
  int code = -1;
  std::string out, err;
};

// Runs `claimkit ARGS` with `input` on stdin.
Run Claimkit(const std::string& args, const std::string& input = "") {
  static int n = 0;
  std::string base = "/tmp/claimkit_cli_test_" + std::to_string(getpid()) + "_" + std::to_string(n++);
  std::ofstream(base + ".in", std::ios::binary) << input;
  std::string cmd = std::string(CLAIMKIT_BIN) + " " + args + " < " + base + ".in > " + base +
                    ".out 2> " + base + ".err";
  int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  std::remove((base + ".in").c_str());
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

std::vector<nlohmann::json> JsonLines(const std::string& s) {
  std::vector<nlohmann::json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

}  // namespace

TEST_CASE("cli: --help, --version and usage errors") {
  Run help = Claimkit("--help");
  CHECK(help.code == 0);
  CHECK(help.out.find("exit codes") != std::string::npos);
  CHECK(Claimkit("--version").out.rfind("claimkit ", 0) == 0);
  CHECK(Claimkit("frobnicate").code == 2);
  CHECK(Claimkit("segment --no-such-flag").code == 2);
  CHECK(Claimkit("segment --help").code == 0);
  CHECK(Claimkit("extract --help").code == 0);
}

TEST_CASE("cli: segment spans reproduce the text, JSONL input keeps ids") {
  std::string text = "Dr. Smith arrived at 5 p.m. on Monday. \xE2\x80\x9CIt went well,\xE2\x80\x9D she said.";
  nlohmann::json doc = {{"id", "a1"}, {"text", text}};
  Run r = Claimkit("segment --tokens --input-format jsonl -", doc.dump() + "\n");
  REQUIRE(r.code == 0);
  auto lines = JsonLines(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["doc_id"] == "a1");
  REQUIRE(lines[0]["sentences"].size() == 2);
  for (const auto& s : lines[0]["sentences"]) {
    size_t a = s["span"]["start"], b = s["span"]["end"];
    CHECK(text.substr(a, b - a) == s["text"].get<std::string>());
  }
  for (const auto& t : lines[0]["tokens"]) {
    size_t a = t["span"]["start"], b = t["span"]["end"];
    CHECK(b > a);
    CHECK(b <= text.size());
  }
}

TEST_CASE("cli: a bad record is reported with file, record and offset; the rest goes on") {
  std::string input = "{\"id\": \"ok1\", \"text\": \"One. Two.\"}\n"
                      "{\"id\": \"bad\", \"text\": \n"
                      "{\"id\": \"ok2\", \"text\": \"Three.\"}\n";
  Run r = Claimkit("segment --input-format jsonl -", input);
  CHECK(r.code == 1);
  auto lines = JsonLines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["doc_id"] == "ok1");
  CHECK(lines[1]["doc_id"] == "ok2");
  CHECK(r.err.find("-:record 2:byte ") != std::string::npos);
}

TEST_CASE("cli: invalid UTF-8 is repaired with a warning, or fails under --strict") {
  std::string input = "Caf\xE9 prices rose.";
  Run r = Claimkit("segment -", input);
  CHECK(r.code == 0);
  CHECK(r.err.find("byte 3") != std::string::npos);
  Run strict = Claimkit("segment --strict -", input);
  CHECK(strict.code == 1);
  CHECK(strict.err.find("byte 3") != std::string::npos);
}

TEST_CASE("cli: a missing file is an error naming it") {
  Run r = Claimkit("segment /nonexistent/article.txt");
  CHECK(r.code == 1);
  CHECK(r.err.find("/nonexistent/article.txt") != std::string::npos);
}

TEST_CASE("cli: a file's doc_id is its stem, the path with --doc-id path") {
  std::string file = std::string(CLAIMKIT_SOURCE_DIR) + "/corpus/wire_dateline.txt";
  Run r = Claimkit("extract -q " + file);
  REQUIRE(r.code == 0);
  auto lines = JsonLines(r.out);
  REQUIRE(!lines.empty());
  for (const auto& c : lines) {
    CHECK(c["doc_id"] == "wire_dateline");
    CHECK(c["id"].get<std::string>().rfind("wire_dateline#", 0) == 0);
  }
  Run p = Claimkit("segment --doc-id path " + file);
  REQUIRE(p.code == 0);
  CHECK(JsonLines(p.out).at(0)["doc_id"] == file);
  CHECK(Claimkit("extract --doc-id nonsense " + file).code == 2);
}

TEST_CASE("cli: --format text prints one readable line per claim") {
  std::string file = std::string(CLAIMKIT_SOURCE_DIR) + "/corpus/wire_dateline.txt";
  Run json = Claimkit("extract -q " + file);
  Run text = Claimkit("extract -q --format text " + file);
  REQUIRE(text.code == 0);
  auto claims = JsonLines(json.out);
  std::istringstream in(text.out);
  std::string line;
  size_t i = 0;
  while (std::getline(in, line)) {
    REQUIRE(i < claims.size());
    const auto& c = claims[i++];
    CHECK(line.rfind(c["id"].get<std::string>() + "  " + c["kind"].get<std::string>(), 0) == 0);
    // The line ends with the span of the quantity or the quote content.
    const auto& sp = c["kind"] == "quote" ? c["quote"]["content_span"] : c["quantity"]["span"];
    std::string tail = "[" + std::to_string(sp["start"].get<int>()) + ":" + std::to_string(sp["end"].get<int>()) + "]";
    CHECK(line.size() >= tail.size());
    CHECK(line.compare(line.size() - tail.size(), tail.size(), tail) == 0);
  }
  CHECK(i == claims.size());
}

TEST_CASE("cli: a 200 MB single line is one error; the next record is read; memory stays bounded") {
  // Streamed through a pipe: the line passes the default 64 MiB cap, is reported as too
  // large with its record number, and is skipped without being held in memory.
  std::string errors = "/tmp/claimkit_cli_test_big_" + std::to_string(getpid()) + ".jsonl";
  std::string cmd = "{ printf '{\"id\": \"big\", \"text\": \"'; head -c 200000000 /dev/zero | tr '\\0' a; "
                    "printf '\"}\\n{\"id\": \"ok\", \"text\": \"Prices rose 5%% last year, the bank said.\"}\\n'; } | " +
                    std::string(CLAIMKIT_BIN) + " extract -q -j 2 --input-format jsonl --errors " + errors +
                    " - > " + errors + ".out";
  int status = std::system(cmd.c_str());
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);  // one document failed
  std::ifstream err(errors);
  std::string line;
  REQUIRE(std::getline(err, line));
  auto e = nlohmann::json::parse(line);
  CHECK(e["record"] == 1);
  CHECK(e["code"] == "too_large");
  std::ifstream out(errors + ".out");
  std::ostringstream ss;
  ss << out.rdbuf();
  auto claims = JsonLines(ss.str());
  REQUIRE(!claims.empty());
  for (const auto& c : claims) CHECK(c["doc_id"] == "ok");
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
#if defined(__SANITIZE_ADDRESS__)
  const long kMaxKiB = 190 * 1024;  // ASan's shadow memory and quarantine come on top
#else
  const long kMaxKiB = 150 * 1024;  // the 64 MiB cap plus the program (76 MB measured)
#endif
  CHECK(ru.ru_maxrss < kMaxKiB);  // never the 200 MB line
  std::remove(errors.c_str());
  std::remove((errors + ".out").c_str());
}
