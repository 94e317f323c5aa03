// The streaming JSON emitter (io/json_emit.h) writes the same bytes as nlohmann's dump().
#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "io/json_emit.h"

using namespace claimkit;

namespace {

std::string Str(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}
std::string Num(double v) {
  std::string out;
  AppendJsonNumber(v, &out);
  return out;
}
std::string Nlohmann(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json_emit: numbers as nlohmann writes them") {
  CHECK(Num(38990) == "38990.0");
  CHECK(Num(0.78) == "0.78");
  CHECK(Num(-2.5) == "-2.5");
  CHECK(Num(0) == "0.0");
  CHECK(Num(1e10) == "10000000000.0");
  CHECK(Num(1e21) == "1e+21");
  CHECK(Num(0.00012) == "0.00012");
  CHECK(Num(1.5e-5) == "1.5e-05");
  CHECK(Num(std::nan("")) == "null");
  CHECK(Num(std::numeric_limits<double>::infinity()) == "null");
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> exp10(-12, 25);
  for (int i = 0; i < 20000; ++i) {
    double v = unit(rng) * std::pow(10.0, exp10(rng));
    if (i % 7 == 0) v = -v;
    INFO("value " << v);
    // Every value reads back exactly.
    REQUIRE(std::strtod(Num(v).c_str(), nullptr) == v);
    // Integral values (counts, amounts) print exactly as nlohmann prints them. Other
    // values may differ in the last digits: ours is the shortest form that reads back,
    // nlohmann's Grisu2 sometimes a longer one (0.009655839500000001 for 0.0096558395).
    double r = std::round(v);
    if (std::fabs(r) < 1e15) REQUIRE(Num(r) == Nlohmann(r));
  }
}

TEST_CASE("json_emit: numbers with few decimals take the fast path and keep the shortest digits") {
  // Typical claim values, as nlohmann prints them.
  for (double v : {0.85, 0.6, 0.7, 0.5, 78.04, -3.25, 1.5, 0.00012, 4.7, 99.99, 0.1, 1234.5678}) {
    CAPTURE(v);
    CHECK(Num(v) == Nlohmann(v));
  }
  // The reference: the shortest digits that read back (to_chars in fixed notation, which
  // between 1e-4 and 1e15 is the layout AppendJsonNumber uses), with ".0" when integral.
  auto reference = [](double v) {
    char buf[64];
    char* e = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed).ptr;
    std::string s(buf, e);
    if (s.find('.') == std::string::npos) s += ".0";
    return s;
  };
  std::mt19937_64 rng(13);
  auto check = [&](double v) {
    if (!(std::fabs(v) >= 1e-4 && std::fabs(v) < 1e15)) return;
    INFO("value " << v);
    REQUIRE(Num(v) == reference(v));
  };
  // m / 10^d for m of 1..17 digits and d of 0..12, their neighbours one ulp away, and
  // random doubles: each either takes the fast path or falls back, with the same bytes.
  for (int i = 0; i < 200000; ++i) {
    const int digits = 1 + static_cast<int>(rng() % 17);
    const uint64_t m = rng() % static_cast<uint64_t>(std::pow(10.0, digits));
    const double v = static_cast<double>(m) / std::pow(10.0, static_cast<int>(rng() % 13));
    check(v);
    check(-v);
    check(std::nextafter(v, 0.0));
    check(std::nextafter(v, 1e300));
    double r;
    do {
      uint64_t bits = rng();
      std::memcpy(&r, &bits, sizeof r);
    } while (!std::isfinite(r));
    check(r);
    check(std::ldexp(static_cast<double>(rng() >> 11), -static_cast<int>(rng() % 70)));
  }
  // The edges of the fast path's range.
  for (double v : {1e-4, 1.0001e-4, 0.000999, 99999999999999.9, 9999999999999.99, 1e14 + 0.5,
                   0.30000000000000004, 0.1 + 0.7, 1.0 / 3}) {
    check(v);
  }
}

TEST_CASE("json_emit: strings escaped as nlohmann does, invalid UTF-8 replaced") {
  CHECK(Str("plain") == "\"plain\"");
  CHECK(Str("a\"b\\c\n\t\x01") == "\"a\\\"b\\\\c\\n\\t\\u0001\"");
  CHECK(Str("\xE2\x80\x9Cquoted\xE2\x80\x9D") == "\"\xE2\x80\x9Cquoted\xE2\x80\x9D\"");
  CHECK(Str("a\xFF" "b") == "\"a\xEF\xBF\xBD" "b\"");
  CHECK(Str("\xE2\x80" "x") == "\"\xEF\xBF\xBD" "x\"");  // a cut sequence is one U+FFFD
  CHECK(Str("\xED\xA0\x80") != "\"\xED\xA0\x80\"");        // surrogates are not UTF-8
  // Random text from a small alphabet of ASCII, escapes and valid UTF-8 matches nlohmann
  // byte for byte; random bytes always give valid JSON that nlohmann reads back.
  const char* pieces[] = {"a", " ", "\"", "\\", "\n", "\x02", "\x7f", "\xC3\xA9", "\xE2\x80\x94",
                          "\xF0\x9F\x98\x80", "Z", "/"};
  std::mt19937 rng(11);
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % 12];
    REQUIRE(Str(s) == Nlohmann(s));
    std::string bytes;
    for (int k = 0; k < n; ++k) bytes.push_back(static_cast<char>(rng() & 0xFF));
    nlohmann::json back = nlohmann::json::parse(Str(bytes), nullptr, false);
    REQUIRE(back.is_string());
  }
}

TEST_CASE("json_emit: long strings take the 16- and 8-byte paths and agree with nlohmann") {
  // Every special byte at every position of a 40-byte ASCII string, alone and next to
  // valid and invalid UTF-8: the 16- and 8-byte scans must stop at each of them.
  const std::string specials[] = {"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f",
                                  "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xFF",
                                  "\xE2\x80", "\xC3"};
  for (const std::string& sp : specials) {
    for (size_t pos = 0; pos <= 40; ++pos) {
      std::string s(40, 'x');
      s.insert(pos, sp);
      CAPTURE(pos);
      REQUIRE(Str(s) == Nlohmann(s));
    }
  }
  // A byte that needs care marks the plain byte after it in the 8-byte test ('"' before '#',
  // '\\' before ']', a control character before ' '), which the scan must not escape, at
  // every position of strings of 1..40 bytes.
  for (const std::string pair : {"\"#", "\\]", "\n ", "\x1f ", "\xC3\xA9#"}) {
    for (size_t len = 1; len <= 40; ++len) {
      for (size_t pos = 0; pos < len; ++pos) {
        std::string s(len, 'y');
        s.insert(pos, pair);
        CAPTURE(s);
        REQUIRE(Str(s) == Nlohmann(s));
      }
    }
  }
  // Random bytes, valid or not: the same bytes as nlohmann's dump with replace.
  std::mt19937 rng(5);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 64);
    for (int k = 0; k < n; ++k) {
      unsigned r = rng();
      s.push_back(static_cast<char>(r % 4 ? 0x20 + (r >> 8) % 0x5F : (r >> 8) & 0xFF));
    }
    REQUIRE(Str(s) == Nlohmann(s));
  }
}

TEST_CASE("json_emit: the emitter's buffered strings and numbers equal the Append functions") {
  // Arrays of random strings (plain, with escapes or UTF-8, up to 750 bytes: longer than the
  // emitter's buffer too) and numbers, written through JsonEmitter and by hand.
  const char* pieces[] = {"a", " ", "quick", "\"", "\\", "\n", "\x02", "\xC3\xA9", "\xE2\x80\x9C", "\xFF",
                          "Z", "/", "0123456789abcdef"};
  std::mt19937 rng(17);
  for (int i = 0; i < 3000; ++i) {
    std::string out, expected = "[";
    {
      JsonEmitter j(&out);
      j.BeginArray();
      const int values = 1 + static_cast<int>(rng() % 12);
      for (int v = 0; v < values; ++v) {
        if (v) expected += ',';
        if (rng() % 5 == 0) {
          const double x = static_cast<double>(rng() % 100000) / 100;
          j.Number(x);
          AppendJsonNumber(x, &expected);
          continue;
        }
        std::string str;
        const int n = static_cast<int>(rng() % (rng() % 4 == 0 ? 150 : 8));
        const bool plain = rng() % 2 == 0;
        for (int k = 0; k < n; ++k) str += pieces[plain ? (rng() % 2 ? 0 : 2) : rng() % 13];
        j.String(str);
        AppendJsonString(str, &expected);
      }
      j.EndArray();
    }
    expected += ']';
    REQUIRE(out == expected);
  }
}

TEST_CASE("json_emit: integers and literal keys") {
  std::string out;
  AppendJsonUint(0, &out);
  out += ' ';
  AppendJsonUint(18446744073709551615ull, &out);
  out += ' ';
  AppendJsonInt(-9223372036854775807ll - 1, &out);
  CHECK(out == "0 18446744073709551615 -9223372036854775808");
  out.clear();
  JsonEmitter j(&out);
  j.BeginObject();
  j.Key("lit");
  j.Int(-3);
  j.Key(std::string_view("a\"b"));
  j.Uint(4);
  j.EndObject();
  CHECK(out == "{\"lit\":-3,\"a\\\"b\":4}");
}

TEST_CASE("json_emit: commas and nesting") {
  std::string out;
  JsonEmitter j(&out);
  j.BeginObject();
  j.Key("a");
  j.Uint(1);
  j.Key("b");
  j.BeginArray();
  j.BeginObject();
  j.Key("x");
  j.Null();
  j.EndObject();
  j.Bool(true);
  j.OptNumber(std::nullopt);
  j.EndArray();
  j.Key("c");
  j.OptString(std::string("s"));
  j.Key("d");
  j.BeginObject();
  j.EndObject();
  j.EndObject();
  CHECK(out == "{\"a\":1,\"b\":[{\"x\":null},true,null],\"c\":\"s\",\"d\":{}}");
}
