// Article structure: paragraph splitting and role detection.
//
// Works on the normalised view. Roles come from three kinds of evidence:
//   - patterns in data/structure.tsv (boilerplate, bylines, captions);
//   - position: the header zone (headline, standfirst, byline, date) is the run of
//     short paragraphs before the body starts;
//   - repetition: a pull quote repeats words of the body and is followed by a short
//     "Name, title" line.
#include "claimkit/structure.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "claimkit/data.h"

namespace claimkit {
namespace {

struct RolePattern {
  std::string role;
  std::unique_ptr<RE2> re;
};

// A paragraph holds one of `bytes` among its last `window` bytes, right after a byte
// of `after` (in either case) or a non-ASCII byte; an empty `after` allows any byte.
struct ByteCheck {
  std::string bytes;
  size_t window = SIZE_MAX;
  std::string after;  // lower-case ASCII letters
};

bool Holds(const ByteCheck& c, std::string_view t) {
  const size_t from = t.size() > c.window ? t.size() - c.window : 0;
  for (char b : c.bytes) {
    for (size_t i = from; i < t.size(); ++i) {
      const void* hit = std::memchr(t.data() + i, b, t.size() - i);
      if (hit == nullptr) break;
      i = static_cast<size_t>(static_cast<const char*>(hit) - t.data());
      if (c.after.empty()) return true;
      if (i == 0) continue;
      const auto before = static_cast<unsigned char>(t[i - 1]);
      const char lower = static_cast<char>(before >= 'A' && before <= 'Z' ? before + ('a' - 'A') : before);
      if (before >= 0x80 || c.after.find(lower) != std::string::npos) return true;
    }
  }
  return false;
}

// A cheap necessary condition for one pattern of data/structure.tsv (its fourth
// column): the pattern can match a paragraph only if the paragraph starts with one of
// `prefixes` ("^read"), ends with one of `suffixes` ("reserved$"), or passes `bytes`
// ("has:(/ within:96", "has:: after:ohentcsy"). Prefixes and suffixes are compared
// ignoring ASCII case, as the patterns are all (?i); a non-ASCII byte met while
// comparing counts as a match, because under (?i) RE2 also matches 'k' with U+212A and
// 's' with U+017F (which is why ByteCheck accepts a non-ASCII byte too).
struct Precheck {
  std::vector<std::string> prefixes, suffixes;
  ByteCheck bytes;
};

// Parses a precheck column; false when it is empty, "-" or malformed (then every
// paragraph is scanned).
bool ParsePrecheck(std::string_view col, Precheck* pc) {
  auto lower = [](std::string w) {
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return w;
  };
  size_t i = 0;
  bool any = false;
  while (i < col.size()) {
    while (i < col.size() && col[i] == ' ') ++i;
    size_t j = i;
    while (j < col.size() && col[j] != ' ') ++j;
    std::string_view item = col.substr(i, j - i);
    i = j;
    if (item.empty()) continue;
    if (item.size() > 1 && item[0] == '^') {
      pc->prefixes.push_back(lower(std::string(item.substr(1))));
    } else if (item.size() > 1 && item.back() == '$') {
      pc->suffixes.push_back(lower(std::string(item.substr(0, item.size() - 1))));
    } else if (item.size() > 4 && item.substr(0, 4) == "has:") {
      pc->bytes.bytes = std::string(item.substr(4));
    } else if (item.size() > 7 && item.substr(0, 7) == "within:") {
      size_t n = 0;
      for (char c : item.substr(7)) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + static_cast<size_t>(c - '0');
      }
      pc->bytes.window = n;
      continue;
    } else if (item.size() > 6 && item.substr(0, 6) == "after:") {
      pc->bytes.after = lower(std::string(item.substr(6)));
      continue;
    } else {
      return false;
    }
    any = true;
  }
  return any;
}

// Does `t` start (or end, if `at_end`) with `lower`, ignoring ASCII case? A non-ASCII
// byte of `t` met before the comparison fails answers yes (see Precheck).
bool MayHaveAffix(std::string_view t, std::string_view lower, bool at_end) {
  if (t.size() < lower.size()) return false;
  const size_t base = at_end ? t.size() - lower.size() : 0;
  for (size_t k = 0; k < lower.size(); ++k) {
    const size_t i = at_end ? lower.size() - 1 - k : k;  // from the end inwards
    auto c = static_cast<unsigned char>(t[base + i]);
    if (c >= 0x80) return true;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
    if (c != static_cast<unsigned char>(lower[i])) return false;
  }
  return true;
}

// The patterns of data/structure.tsv, in file order, and one RE2::Set over all of
// them, so a paragraph is scanned once rather than once per pattern.
struct RolePatterns {
  std::vector<RolePattern> list;
  std::unique_ptr<RE2::Set> set;
  size_t max_len = 0;  // longest paragraph any pattern applies to

  // The union of the prechecks of all patterns in `list`, if each has a valid one and
  // its example passes it: a paragraph that passes none of them matches no pattern, so
  // the Set need not scan it.
  bool prechecked = false;
  std::array<std::vector<std::string>, 128> prefixes_by_first;  // by lower-case first byte
  std::vector<std::string> suffixes;
  std::vector<ByteCheck> byte_checks;

  bool MayMatch(std::string_view t) const {
    if (!prechecked) return true;
    if (t.empty()) return true;  // (paragraphs are never empty)
    const auto first = static_cast<unsigned char>(t[0]);
    if (first >= 0x80) return true;  // MayHaveAffix would say yes to every prefix
    const unsigned char lower = first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first;
    for (const std::string& pre : prefixes_by_first[lower]) {
      if (MayHaveAffix(t, pre, false)) return true;
    }
    for (const std::string& suf : suffixes) {
      if (MayHaveAffix(t, suf, true)) return true;
    }
    for (const ByteCheck& c : byte_checks) {
      if (Holds(c, t)) return true;
    }
    return false;
  }
};

// Paragraphs longer than this are body text whatever they contain.
size_t MaxLength(const std::string& role) {
  if (role == "caption") return 600;
  if (role == "byline" || role == "boilerplate") return 300;
  return SIZE_MAX;
}

const RolePatterns& Patterns() {
  static const RolePatterns* patterns = [] {
    auto* p = new RolePatterns();
    RE2::Options o;
    o.set_log_errors(false);
    p->set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    Result<std::vector<TsvRow>> rows = LoadTsv("structure.tsv", 2);
    if (rows.ok()) {  // checked by the structure tests
      for (const TsvRow& r : rows.value()) {
        auto re = std::make_unique<RE2>(r.columns[1], o);
        if (!re->ok()) continue;
        if (p->set->Add(r.columns[1], nullptr) != static_cast<int>(p->list.size())) break;
        p->list.push_back({r.columns[0], std::move(re)});
        p->max_len = std::max(p->max_len, MaxLength(r.columns[0]));
      }
    }
    if (!p->set->Compile()) p->set.reset();
    // The prechecks (fourth column). Any row without a valid one, or whose example its
    // pattern matches but its precheck rejects, turns them off: every paragraph is then
    // scanned, slower but the same result.
    p->prechecked = rows.ok() && rows.value().size() == p->list.size();
    for (size_t k = 0; p->prechecked && k < p->list.size(); ++k) {
      const TsvRow& r = rows.value()[k];
      Precheck c;
      if (r.columns.size() < 4 || !ParsePrecheck(r.columns[3], &c)) {
        p->prechecked = false;
        break;
      }
      RolePatterns one;
      one.prechecked = true;
      for (const std::string& pre : c.prefixes) {
        const auto first = static_cast<unsigned char>(pre[0]);
        // A non-ASCII first byte needs a non-ASCII paragraph start, which always passes.
        if (first < 0x80) {
          p->prefixes_by_first[first].push_back(pre);
          one.prefixes_by_first[first].push_back(pre);
        }
      }
      p->suffixes.insert(p->suffixes.end(), c.suffixes.begin(), c.suffixes.end());
      one.suffixes = c.suffixes;
      if (!c.bytes.bytes.empty()) {
        p->byte_checks.push_back(c.bytes);
        one.byte_checks.push_back(c.bytes);
      }
      const std::string& example = r.columns.size() > 2 ? r.columns[2] : r.columns[1];
      if (RE2::PartialMatch(example, *p->list[k].re) && !one.MayMatch(example)) p->prechecked = false;
    }
    if (!p->prechecked) {
      for (auto& v : p->prefixes_by_first) v.clear();
      p->suffixes.clear();
      p->byte_checks.clear();
    }
    return p;
  }();
  return *patterns;
}

}  // namespace

bool RolePatternsPrechecked() { return Patterns().prechecked; }

namespace {

// Index of the first pattern (in file order) that matches `t` and whose role allows a
// paragraph of this length, or -1.
int MatchRolePattern(std::string_view t) {
  const RolePatterns& p = Patterns();
  if (t.size() > p.max_len || !p.MayMatch(t)) return -1;
  auto allowed = [&](size_t k) { return t.size() <= MaxLength(p.list[k].role); };
  if (p.set) {
    std::vector<int> hits;
    if (!p.set->Match(t, &hits)) return -1;
    std::sort(hits.begin(), hits.end());
    for (int k : hits) {
      if (allowed(static_cast<size_t>(k))) return k;
    }
    return -1;
  }
  for (size_t k = 0; k < p.list.size(); ++k) {
    if (allowed(k) && RE2::PartialMatch(t, *p.list[k].re)) return static_cast<int>(k);
  }
  return -1;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

Span Trim(std::string_view text, Span s) {
  while (s.start < s.end && IsSpace(text[s.start])) ++s.start;
  while (s.end > s.start && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

int CountWords(std::string_view t) {
  int n = 0;
  bool in = false;
  for (char c : t) {
    bool w = !IsSpace(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
}

// A full stop, question or exclamation mark inside the paragraph that ends a sentence:
// after a lower-case word of three or more letters (not an abbreviation such as "U.S."),
// before a space and a capital. Headlines hold one sentence.
bool InnerSentenceEnd(std::string_view t) {
  for (size_t i = 3; i + 2 < t.size(); ++i) {
    char c = t[i];
    if ((c != '.' && c != '!' && c != '?') || t[i + 1] != ' ' || !IsUpper(t[i + 2])) continue;
    if (IsLower(t[i - 1]) && IsLower(t[i - 2]) && IsLower(t[i - 3])) return true;
  }
  return false;
}

// Most words of four or more letters start with a capital ("Roger Stone: Don't Trust
// the Voting Machines"), as in a headline set in title case.
bool TitleCased(std::string_view t) {
  int words = 0, caps = 0;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && !IsUpper(t[i]) && !IsLower(t[i])) ++i;
    size_t b = i;
    while (i < t.size() && (IsUpper(t[i]) || IsLower(t[i]) || t[i] == '\'')) ++i;
    if (i - b >= 4) {
      ++words;
      caps += IsUpper(t[b]);
    }
  }
  return words >= 2 && caps * 10 >= words * 7;
}

bool AllCaps(std::string_view t) {
  int upper = 0, lower = 0;
  for (char c : t) {
    if (IsUpper(c)) ++upper;
    if (IsLower(c)) ++lower;
  }
  return upper >= 3 && lower == 0;
}

// Splits the view into paragraphs: blank lines always separate; a single newline
// separates too, unless the block looks hard-wrapped or the next line continues
// the sentence (previous line has no final punctuation, next starts lowercase).
std::vector<Span> SplitParagraphs(std::string_view v) {
  // The lines, each trimmed once here. A block joins lines from the first's trimmed start
  // to the last's trimmed end, so its own ends are trimmed too (no line of a block is blank).
  std::vector<Span> lines;
  uint32_t start = 0;
  while (true) {
    const void* nl = start < v.size() ? std::memchr(v.data() + start, '\n', v.size() - start) : nullptr;
    const uint32_t i = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - v.data())
                          : static_cast<uint32_t>(v.size());
    lines.push_back(Trim(v, {start, i}));
    if (!nl) break;
    start = i + 1;
  }
  std::vector<Span> paras;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !lines[j].empty()) ++j;
    // Block [i, j). Hard-wrapped: 3+ lines, all but the last of similar length.
    bool wrapped = false;
    if (j - i >= 3) {
      uint32_t lo = UINT32_MAX, hi = 0;
      int ends = 0;
      for (size_t k = i; k + 1 < j; ++k) {
        uint32_t len = lines[k].size();
        lo = std::min(lo, len);
        hi = std::max(hi, len);
        if (EndsSentence(lines[k].Of(v))) ++ends;
      }
      wrapped = lo >= 40 && hi <= 110 && hi - lo <= 30 && ends * 2 < static_cast<int>(j - i - 1);
    }
    Span cur = lines[i];
    for (size_t k = i + 1; k < j; ++k) {
      std::string_view prev = cur.Of(v);
      Span next = lines[k];
      bool join = wrapped || (!EndsSentence(prev) && !prev.empty() && prev.back() != ','
                              ? IsLower(v[next.start]) : false);
      if (join) {
        cur.end = lines[k].end;
      } else {
        paras.push_back(cur);
        cur = lines[k];
      }
    }
    paras.push_back(cur);
    i = j;
  }
  return paras;
}

// Length of a wire dateline at the start of `t` ("ROTTERDAM (Wire Service) - ",
// "PHNOM PENH, Cambodia -- ", "LONDON, May 3 (Reuters) - ", "Paris (AFP) - ",
// "Yangon, Myanmar - "), including
// the dash and the spaces after it; 0 if there is none. The story must go on after it.
size_t DatelineLength(std::string_view t) {
  static const RE2 re(
      // An all-capitals place ("BOGOTÁ", "SÃO PAULO" too), optional region and date,
      // optional (agency)...
      R"(^((?:\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,3})(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2})?)"
      R"((?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{2,40}\))?)"
      // ... or a capitalised place followed by an (agency) in brackets.
      R"(|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:,\s+\p{Lu}[\p{L}.]+)?\s*\([^()]{2,40}\))"
      // ... or a capitalised place and its country: "Yangon, Myanmar - ".
      R"(|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2},\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))"
      R"(\s*(?:-{1,2}|\x{2014}|\x{2013})\s+)");
  if (t.size() < 12 || !((t[0] >= 'A' && t[0] <= 'Z') || static_cast<unsigned char>(t[0]) >= 0xC3)) return 0;
  re2::StringPiece in(t.data(), std::min<size_t>(t.size(), 120));
  if (!RE2::Consume(&in, re)) return 0;
  size_t len = static_cast<size_t>(in.data() - t.data());
  // The story goes on with a capital, a digit or an opening quote.
  if (len >= t.size()) return 0;
  const char c = t[len];
  if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'')) return 0;
  return len;
}

// A short line naming a person: "Jane Doe, spokeswoman for the ministry", "- Jane Doe".
bool LooksLikeNameLine(std::string_view t) {
  static const RE2 re(
      R"(^[-\s]*\p{Lu}[\p{L}'.-]+(?:\s+(?:\p{Lu}[\p{L}'.-]*|bin|van|de|da|al-\p{L}+)){0,4})"
      R"((?:\s*(?:,|-|\|)\s*\S.{0,110})?$)");
  if (t.size() > 140 || EndsSentence(t)) return false;
  int words = CountWords(t);
  if (words < 1 || words > 18) return false;
  return RE2::FullMatch(t, re);
}

// Feeds `emit` the characters of `t` without quote marks and with whitespace runs as one
// space (none leading), at most `max` of them; stops early when `emit` returns false.
// Returns false if it was stopped.
template <typename Emit>
bool ForEachSquashed(std::string_view t, size_t max, Emit emit) {
  size_t k = 0;
  bool space = false;
  for (char c : t) {
    if (k >= max) break;
    if (c == '"' || c == '\'') continue;
    if (IsSpace(c)) {
      if (k == 0 || space) continue;
      c = ' ';
    }
    if (!emit(k, c)) return false;
    space = c == ' ';
    ++k;
  }
  return true;
}

std::string Squash(std::string_view t, size_t max) {
  std::string out(std::min(t.size(), max), '\0');  // the most it can hold
  size_t n = 0;
  ForEachSquashed(t, max, [&](size_t k, char c) {
    out[k] = c;
    n = k + 1;
    return true;
  });
  out.resize(n);
  return out;
}

// Squash(t, max) == h, without building the squashed string (stops at the first
// difference, which for most paragraphs is the first character).
bool SquashEquals(std::string_view t, std::string_view h, size_t max) {
  size_t n = 0;
  bool same = ForEachSquashed(t, max, [&](size_t k, char c) {
    n = k + 1;
    return k < h.size() && h[k] == c;
  });
  return same && n == h.size();
}

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kHeadline: return "headline";
    case Role::kStandfirst: return "standfirst";
    case Role::kByline: return "byline";
    case Role::kDateline: return "dateline";
    case Role::kCaption: return "caption";
    case Role::kPullQuote: return "pull_quote";
    case Role::kPullQuoteAttribution: return "pull_quote_attribution";
    case Role::kBody: return "body";
    case Role::kBoilerplate: return "boilerplate";
  }
  return "body";
}

std::string ParseDate(std::string_view s) {
  static const RE2 prefix(
      R"((?i)^\s*(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s*)?)"
      R"((?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?)");
  static const RE2 mdy(
      R"((?i)(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))");
  static const RE2 dmy(
      R"((?i)(\d{1,2})(?:st|nd|rd|th)?\s+(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\.?,?\s+(\d{4}))");
  static const RE2 iso(R"((\d{4})-(\d{2})-(\d{2})(?:T[\d:.+Z-]*)?)");
  static const RE2 tail(
      R"((?i)^(?:\s*(?:,|\||-|at|\s)\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*$)");
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() > 80) return "";
  // Fast path for metadata dates, "2015-11-11": the prefix consumes nothing (no letter
  // or space), mdy needs a month name and dmy a space after the day, so the iso form
  // takes all ten characters and the tail matches the empty rest; as below, the date is
  // kept if month and day are in range.
  auto digits = [&](size_t from, size_t to) {
    return std::all_of(s.begin() + from, s.begin() + to, [](char c) { return c >= '0' && c <= '9'; });
  };
  if (s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 7) && s[7] == '-' && digits(8, 10)) {
    const int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    return m < 1 || m > 12 || d < 1 || d > 31 ? "" : std::string(s);
  }
  // Every date form below has a year, four ASCII digits in a row (\d is ASCII in RE2):
  // most short paragraphs have none.
  int run = 0;
  for (char c : s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) break;
  }
  if (run < 4) return "";
  re2::StringPiece in(s.data(), s.size());
  RE2::Consume(&in, prefix);
  std::string mon, day, year;
  re2::StringPiece rest = in;
  if (RE2::Consume(&rest, mdy, &mon, &day, &year) ||
      (rest = in, RE2::Consume(&rest, dmy, &day, &mon, &year))) {
  } else if (rest = in, RE2::Consume(&rest, iso, &year, &mon, &day)) {
    if (!RE2::FullMatch(rest, tail)) return "";
    int m = std::stoi(mon), d = std::stoi(day);
    if (m < 1 || m > 12 || d < 1 || d > 31) return "";
    return year + "-" + mon + "-" + day;
  } else {
    return "";
  }
  if (!RE2::FullMatch(rest, tail)) return "";
  std::string m3 = mon.substr(0, 3);
  for (char& c : m3) c = static_cast<char>(c | 0x20);
  int m = 0;
  for (int k = 0; k < 12; ++k) {
    if (m3 == kMonths[k]) m = k + 1;
  }
  int d = std::stoi(day);
  if (m == 0 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), m, d);
  return buf;
}

Structure DetectStructure(const NormalizedText& norm, std::string_view meta_published,
                          const StructureOptions& opts, const std::vector<BlockHint>& hints) {
  Structure st;
  std::string_view v = norm.text();
  std::vector<Span> spans = SplitParagraphs(v);
  st.paragraphs.reserve(spans.size());
  for (Span s : spans) st.paragraphs.push_back({norm.ToOriginal(s), s, Role::kBody});
  if (!meta_published.empty()) {
    std::string d = ParseDate(meta_published);
    st.published = d.empty() && meta_published.size() >= 10 &&
                           ParseDate(meta_published.substr(0, 10)).size() == 10
                       ? ParseDate(meta_published.substr(0, 10))
                       : d;
  }
  if (!opts.detect_roles || st.paragraphs.empty()) return st;

  auto& P = st.paragraphs;
  const size_t n = P.size();
  auto text = [&](size_t i) { return P[i].view.Of(v); };

  std::vector<bool> fixed(n, false);
  // 0. Markup evidence (HTML): a figcaption is a caption; blockquotes are decided below.
  std::vector<bool> blockquote(n, false);
  for (const BlockHint& h : hints) {
    for (size_t i = 0; i < n; ++i) {
      if (P[i].span.start < h.start || P[i].span.end > h.end) continue;
      if (h.role == "figcaption") {
        P[i].role = Role::kCaption;
        fixed[i] = true;
      } else if (h.role == "blockquote") {
        blockquote[i] = true;
      }
    }
  }

  // 1. Pattern roles and date lines.
  for (size_t i = 0; i < n; ++i) {
    if (fixed[i]) continue;
    std::string_view t = text(i);
    int k = MatchRolePattern(t);
    if (k >= 0) {
      const std::string& role = Patterns().list[static_cast<size_t>(k)].role;
      P[i].role = role == "byline" ? Role::kByline
                  : role == "caption" ? Role::kCaption
                                      : Role::kBoilerplate;
      fixed[i] = true;
    }
    if (!fixed[i]) {
      std::string d = ParseDate(t);
      if (!d.empty()) {
        P[i].role = Role::kDateline;
        fixed[i] = true;
        if (st.published_span.empty() && i < 20) {
          st.published = d;
          st.published_span = P[i].span;
        }
      }
    }
  }

  // 2. Header zone: headline (first substantive short paragraph), section labels and
  // taglines before it, standfirst between it and the byline/date lines.
  size_t limit = std::min<size_t>(n, 8);
  size_t headline = n;
  for (size_t i = 0; i < limit; ++i) {
    if (fixed[i]) continue;
    std::string_view t = text(i);
    int words = CountWords(t);
    bool tagline = AllCaps(t) && words <= 10;
    bool label = words <= 3 && !EndsSentence(t);
    bool short_enough = t.size() <= 250 && (!EndsSentence(t) || words <= 20) && !InnerSentenceEnd(t);
    // A dateline opens the story, never a headline: "KAMPONG CHAM, Cambodia — Sok Chea ...".
    // ("EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines." is a kicker and a title.)
    if (short_enough)
      if (size_t dl = DatelineLength(t); dl > 0 && !TitleCased(t.substr(dl))) break;
    if (!tagline && !label && short_enough && words >= 3 && n > 1) {
      headline = i;
      break;
    }
    if (!short_enough) break;  // the body starts: no headline
    if (tagline || label) {
      P[i].role = Role::kBoilerplate;
      fixed[i] = true;
    }
  }
  if (headline == n) {
    // No headline: undo labels that turned out to be body.
    for (size_t i = 0; i < limit; ++i) {
      if (P[i].role == Role::kBoilerplate && fixed[i] && CountWords(text(i)) > 3 &&
          !AllCaps(text(i))) {
        P[i].role = Role::kBody;
        fixed[i] = false;
      }
    }
  } else {
    P[headline].role = Role::kHeadline;
    fixed[headline] = true;
    // Standfirst: what stands between the headline and the first byline/date line.
    size_t first_meta = headline;
    for (size_t i = headline + 1; i < std::min(n, headline + 4); ++i) {
      if (P[i].role == Role::kByline || P[i].role == Role::kDateline ||
          (P[i].role == Role::kBoilerplate && fixed[i])) {
        first_meta = i;
        break;
      }
    }
    for (size_t i = headline + 1; i < first_meta; ++i) {
      if (!fixed[i] && text(i).size() <= 600) {
        P[i].role = Role::kStandfirst;
        fixed[i] = true;
      }
    }
    // A headline repeated after the header is page furniture.
    std::string h = Squash(text(headline), 200);
    for (size_t i = headline + 1; i < n; ++i) {
      // Squash only drops characters: a shorter paragraph cannot repeat the headline.
      if (!fixed[i] && text(i).size() >= h.size() && SquashEquals(text(i), h, 200)) {
        P[i].role = Role::kBoilerplate;
        fixed[i] = true;
      }
    }
  }

  // 2b. Wire datelines: at the start of the first body paragraphs.
  for (size_t i = 0, seen = 0; i < n && seen < 3; ++i) {
    if (P[i].role != Role::kBody || fixed[i]) continue;
    ++seen;
    size_t len = DatelineLength(text(i));
    if (len > 0) {
      while (len > 0 && IsSpace(text(i)[len - 1])) --len;  // the span ends at the dash
      P[i].dateline_view = Span{P[i].view.start, P[i].view.start + static_cast<uint32_t>(len)};
      break;
    }
  }

  // 3. Pull quotes: a body paragraph followed by a short name line, which either
  // repeats text found elsewhere or stands without final punctuation.
  std::vector<std::string> squashed;  // Squash of every paragraph, made when first needed
  for (size_t i = 0; i + 1 < n; ++i) {
    if (fixed[i] || fixed[i + 1] || P[i].role != Role::kBody) continue;
    std::string_view t = text(i);
    std::string_view line = text(i + 1);
    if (t.size() < 30 || !LooksLikeNameLine(line)) continue;
    // Next paragraph must not continue prose.
    std::string key = Squash(t.substr(0, std::min<size_t>(t.size(), 80)), 60);
    bool repeated = false;
    if (key.size() >= 30) {
      if (squashed.empty()) {
        squashed.reserve(n);
        for (size_t j = 0; j < n; ++j) squashed.push_back(Squash(text(j), 1 << 20));
      }
      for (size_t j = 0; j < n && !repeated; ++j) {
        if (j == i) continue;
        repeated = squashed[j].find(key) != std::string::npos;
      }
    }
    bool quoted = t.front() == '"' && (t.back() == '"');
    if (repeated || quoted || !EndsSentence(t)) {
      P[i].role = Role::kPullQuote;
      P[i + 1].role = Role::kPullQuoteAttribution;
      fixed[i] = fixed[i + 1] = true;
    }
  }
  // A <blockquote> that repeats words of another paragraph is a pull quote, with or
  // without a name line (a blockquote with new text is quoted material: body).
  for (size_t i = 0; i < n; ++i) {
    if (!blockquote[i] || fixed[i] || P[i].role != Role::kBody) continue;
    std::string key = Squash(text(i), 60);
    if (key.size() < 20) continue;
    if (squashed.empty()) {
      for (size_t j = 0; j < n; ++j) squashed.push_back(Squash(text(j), 1 << 20));
    }
    for (size_t j = 0; j < n; ++j) {
      if (j != i && !blockquote[j] && squashed[j].find(key) != std::string::npos) {
        P[i].role = Role::kPullQuote;
        fixed[i] = true;
        break;
      }
    }
  }
  return st;
}

}  // namespace claimkit
