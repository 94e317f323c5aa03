// The JSON Lines fast path (io/json_scan.h) against nlohmann: whatever it accepts,
// nlohmann accepts with the same keys and values; what it declines is left to nlohmann.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "io/json_scan.h"

using namespace claimkit;

namespace {

// What nlohmann makes of `line` when it is an object of strings: the fields in its
// (key) order; false otherwise.
bool NlohmannFields(const std::string& line, std::vector<JsonStringField>* out) {
  out->clear();
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_string()) return false;
    out->push_back({it.key(), it.value().get<std::string>()});
  }
  return true;
}

// Checks the contract on one line; returns whether the fast path took it.
bool Check(const std::string& line) {
  std::vector<JsonStringField> fast, slow;
  const bool took = ParseStringObject(line, &fast);
  if (took) {
    CAPTURE(line);
    REQUIRE(NlohmannFields(line, &slow));
    REQUIRE(fast.size() == slow.size());
    for (size_t i = 0; i < fast.size(); ++i) {
      CHECK(fast[i].key == slow[i].key);
      CHECK(fast[i].value == slow[i].value);
    }
  }
  return took;
}

}  // namespace

TEST_CASE("json_scan: records of strings are read as nlohmann reads them") {
  std::vector<JsonStringField> f;
  REQUIRE(ParseStringObject(
      "{\"id\": \"a1\", \"text\": \"He said \\\"no\\\".\\nPrices \\u2013 up\", \"title\": \"T\\u00e9\"}", &f));
  REQUIRE(f.size() == 3);
  CHECK(f[0].key == "id");
  CHECK(f[1].key == "text");
  CHECK(f[1].value == "He said \"no\".\nPrices \xE2\x80\x93 up");
  CHECK(f[2].value == "T\xC3\xA9");
  CHECK(ParseStringObject(" {} \r\n", &f));
  CHECK(f.empty());
  CHECK(ParseStringObject("{\"e\":\"\\ud83d\\ude00 \\u0000 \\/ \xF0\x9F\x98\x80\"}", &f));
  CHECK(f[0].value == std::string("\xF0\x9F\x98\x80 \0 / \xF0\x9F\x98\x80", 13));
}

TEST_CASE("json_scan: everything else is declined") {
  std::vector<JsonStringField> f;
  for (const char* s : {
           "", "[]", "\"s\"", "{\"a\": 1}", "{\"a\": null}", "{\"a\": [\"b\"]}", "{\"a\": {}}",
           "{\"a\": \"b\",}", "{\"a\" \"b\"}", "{\"a\": \"b\"} x", "{\"a\": \"b\"}{}",
           "{\"a\": \"b\", \"a\": \"c\"}",         // duplicate: nlohmann keeps the last
           "\xEF\xBB\xBF{\"a\": \"b\"}",           // BOM: left to nlohmann
           "{\"a\": \"\x01\"}", "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"\\ud800\"}",
           "{\"a\": \"\\udc00\"}", "{\"a\": \"\\ud800\\u0041\"}", "{\"a\": \"\xFF\"}",
           "{\"a\": \"\xC3\"}", "{\"a\": \"\xE0\x80\x80\"}", "{\"a\": \"\xED\xA0\x80\"}",
           "{\"a\": \"unterminated}", "{'a': 'b'}"}) {
    CAPTURE(s);
    CHECK_FALSE(ParseStringObject(s, &f));
  }
}

TEST_CASE("json_scan: random records and mutations agree with nlohmann") {
  const std::vector<std::string> keys = {"text", "id", "title", "url", "a", "", "\\u00e9k", "b\\\"",
                                         "text"};
  const std::vector<std::string> pieces = {
      "plain words ", "x", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\b\\f\\r", "\\u00e9", "\\u2019",
      "\\uD83D\\uDE00", "\\u0000", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\x7F",
      "0123456789abcdef", "\\ud800", "\\udc00", "\xFF", "\x01", "\t", "\\q", "\\u00G0"};
  const std::vector<std::string> others = {"1", "-2.5e3", "null", "true", "[\"x\"]", "{\"k\": \"v\"}"};
  std::mt19937 rng(17);
  int taken = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line = rng() % 8 ? "{" : " \t{";
    const int n = static_cast<int>(rng() % 5);
    for (int k = 0; k < n; ++k) {
      if (k) line += rng() % 2 ? "," : " , ";
      line += "\"" + keys[rng() % keys.size()] + "\"" + (rng() % 2 ? ":" : " : ");
      if (rng() % 10 == 0) {
        line += others[rng() % others.size()];
        continue;
      }
      line += "\"";
      const int m = static_cast<int>(rng() % 12);
      for (int p = 0; p < m; ++p) {
        // Mostly well-formed pieces, so that many records are taken.
        size_t idx = rng() % pieces.size();
        if (idx >= 17 && rng() % 4) idx = rng() % 17;
        line += pieces[idx];
      }
      line += "\"";
    }
    line += rng() % 8 ? "}" : "}\r\n ";
    taken += Check(line);
    // One random byte changed, inserted or deleted.
    std::string mutated = line;
    const size_t at = rng() % (mutated.size() + 1);
    switch (rng() % 3) {
      case 0:
        if (at < mutated.size()) mutated[at] = static_cast<char>(rng() & 0xFF);
        break;
      case 1:
        mutated.insert(at, 1, "\"\\{}:, \x80u"[rng() % 10]);
        break;
      default:
        if (at < mutated.size()) mutated.erase(at, 1);
    }
    Check(mutated);
  }
  CHECK(taken > 5000);  // the fast path is really used
}
