// Loading and validating the numeric extractor's lexicons (see numeric_lexicon.h).
#include "extractors/numeric_lexicon.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "claimkit/data.h"
#include "extractors/numeric_parse.h"

namespace claimkit::numeric {
namespace {

Status RowError(const std::string& file, const TsvRow& row, const std::string& msg) {
  return Status::Error(StatusCode::kInvalidInput,
                       file + ":" + std::to_string(row.line) + ": " + msg);
}

bool ParseDouble(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end && *end == '\0';
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Splits a phrase into the numeric tokenizer's tokens.
std::vector<std::string> PhraseTokens(const std::string& s, bool keep_case,
                                      const std::vector<std::string>& symbols,
                                      std::vector<bool>* spaced) {
  std::vector<std::string> out;
  spaced->clear();
  std::string lower;
  for (const Tok& t : Tokenize(s, 0, symbols, &lower)) {
    out.push_back(std::string(keep_case ? t.text : t.lower));
    spaced->push_back(t.space_before);
  }
  return out;
}

using Files = std::map<std::string, std::string>;

Result<std::vector<TsvRow>> Rows(const Files& files, const std::string& name, int min_columns) {
  auto it = files.find(name);
  if (it == files.end()) return std::vector<TsvRow>{};
  return ParseTsv(name, it->second, min_columns);
}

}  // namespace

void PhraseTable::Add(Phrase p) {
  if (p.tokens.empty()) return;
  std::string first = Lower(p.tokens[0]);
  auto [it, added] = index_.emplace(first, static_cast<int>(buckets_.size()));
  if (added) buckets_.emplace_back();
  buckets_[it->second].push_back(std::move(p));
  ++n_;
}

void PhraseTable::Finish() {
  for (std::vector<Phrase>& v : buckets_) {
    std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) {
      return a.tokens.size() > b.tokens.size();
    });
  }
}

std::vector<std::string> PhraseTable::FirstTokens() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : index_) out.push_back(k);
  return out;
}

int PhraseTable::BucketIndex(std::string_view first_lower) const {
  auto it = index_.find(first_lower);
  return it == index_.end() ? -1 : it->second;
}

const std::vector<Phrase>* PhraseTable::Bucket(std::string_view first_lower) const {
  int i = BucketIndex(first_lower);
  return i < 0 ? nullptr : &buckets_[i];
}

namespace {

// Byte classes for MayHoldQuantity: 0 other, 1 digit, 2 ASCII letter.
struct ByteClasses {
  unsigned char c[256] = {};
  ByteClasses() {
    for (int b = '0'; b <= '9'; ++b) c[b] = 1;
    for (int b = 'a'; b <= 'z'; ++b) c[b] = c[b - 'a' + 'A'] = 2;
  }
};
const ByteClasses kBytes;

constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full, kHigh = 0x8080808080808080ull;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// 0x80 in every byte of `w` between lo and hi (inclusive, both below 0x80), 0 elsewhere: the
// bit-hack "has a byte between m and n", exact per byte (no carries between bytes; bytes >= 0x80
// are excluded by the ~w term).
inline uint64_t BytesBetween(uint64_t w, unsigned char lo, unsigned char hi) {
  const uint64_t x = w & kLow7;
  return (kOnes * (127 + hi + 1) - x) & ~w & (x + kOnes * (127 - (lo - 1))) & kHigh;
}

// Bit k of *letters set when byte k of p[0, 64) is an ASCII letter; returns whether any of the
// 64 bytes is an ASCII digit.
inline bool ScanBlock64(const char* p, uint64_t* letters) {
  if constexpr (std::endian::native != std::endian::little) {  // byte k is not bits 8k..8k+7
    uint64_t m = 0;
    bool digit = false;
    for (int k = 0; k < 64; ++k) {
      const unsigned char cls = kBytes.c[static_cast<unsigned char>(p[k])];
      digit = digit || cls == 1;
      if (cls == 2) m |= uint64_t{1} << k;
    }
    *letters = m;
    return digit;
  }
#ifdef __SSE2__
  // 16 bytes a step: the same two tests, exact per byte, as compares. A byte b is in
  // [lo, lo + len) when b - lo < len unsigned, that is (b - lo) ^ 0x80 < len ^ 0x80 signed
  // (SSE2 compares bytes signed only); adding 0x80 - lo does both steps at once.
  uint64_t m = 0;
  __m128i digit_any = _mm_setzero_si128();
  for (int k = 0; k < 4; ++k) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    digit_any = _mm_or_si128(digit_any, _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')),
                                                       _mm_set1_epi8(-128 + 10)));
    const __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));  // 'A'..'Z' -> 'a'..'z'
    const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(0x80 - 'a')),
                                          _mm_set1_epi8(-128 + 26));
    m |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(letter))} << (16 * k);
  }
  *letters = m;
  return _mm_movemask_epi8(digit_any) != 0;
#else
  uint64_t m = 0, digits = 0;
  for (int k = 0; k < 8; ++k) {
    const uint64_t w = NumericLexicon::Load64(p + 8 * k);
    digits |= BytesBetween(w, '0', '9');
    const uint64_t hi = BytesBetween(w | kOnes * 0x20, 'a', 'z');  // 'A'..'Z' -> 'a'..'z'
    // One bit per byte: byte j's 0x80 lands on bit 56 + j of the product.
    m |= ((hi >> 7) * 0x0102040810204080ull >> 56) << (8 * k);
  }
  *letters = m;
  return digits != 0;
#endif
}

}  // namespace

bool NumericLexicon::MayHoldQuantity(std::string_view text) const {
  const size_t n = text.size();
  const char* d = text.data();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d);
  // Any digit answers yes; else a word (maximal run of ASCII letters) that is a number or scale
  // word. Both from bit masks 64 bytes at a time: the changes of the letter mask (letter after
  // non-letter and back) are the runs' ends, found with count-trailing-zeros rather than a test
  // per byte.
  auto word = [&](size_t i, size_t j) {  // the run [i, j)
    const size_t len = j - i;
    if (len >= 32) return false;
    if (!any_shape && !(number_word_lengths[(p[i] & 31) * 32 + (p[j - 1] & 31)] >> len & 1)) return false;
    char buf[32];
    for (size_t k = 0; k < len; ++k) {
      const char ch = d[i + k];
      buf[k] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return (Facts(std::string_view(buf, len))->flags & (kFlagNumberWord | kFlagScale)) != 0;
  };
  bool in_word = false;
  size_t start = 0;
  for (size_t base = 0; base < n; base += 64) {
    uint64_t bits;
    if (base + 64 <= n) {
      if (ScanBlock64(d + base, &bits)) return true;
    } else if (n >= 64) {  // the last 64 bytes, of which [base, n) are new
      if (ScanBlock64(d + n - 64, &bits)) return true;
      bits >>= 64 - (n - base);
    } else {  // a short text, padded with zero bytes (neither letters nor digits)
      char buf[64] = {};
      std::memcpy(buf, d, n);
      if (ScanBlock64(buf, &bits)) return true;
    }
    // Bit k of `change`: byte base + k is a letter and the byte before it is not, or the reverse.
    uint64_t change = bits ^ (bits << 1 | (in_word ? 1 : 0));
    while (change) {
      size_t at = base + static_cast<size_t>(std::countr_zero(change));
      change &= change - 1;
      if (!in_word) {  // a run starts at `at`: its end is the next change, if in this block
        start = at;
        if (!change) {
          in_word = true;
          break;
        }
        at = base + static_cast<size_t>(std::countr_zero(change));
        change &= change - 1;
      }
      in_word = false;
      if (word(start, at)) return true;
    }
  }
  return in_word && word(start, n);
}

void NumericLexicon::BuildFacts() {
  StringMap<TokenFacts> by_text;
  for (TokenFacts& f : single_char) f = TokenFacts{};
  auto at = [&](const std::string& w) -> TokenFacts& {
    if (w.size() == 1 && static_cast<unsigned char>(w[0]) < 128) {
      return single_char[static_cast<unsigned char>(w[0])];
    }
    return by_text[w];
  };
  for (const std::string& w : starters) at(w).flags |= kFlagStarter;
  for (const std::string& w : function_words) at(w).flags |= kFlagFunction;
  for (const std::string& w : name_before) {
    if (w.size() > 1 && w.back() == '.') {
      at(w.substr(0, w.size() - 1)).flags |= kFlagNameBeforeDot;
    } else {
      at(w).flags |= kFlagNameBefore;
    }
  }
  for (const std::string& w : street_words) at(w).flags |= kFlagStreet;
  for (const auto& [w, d] : weekdays) {
    at(w).flags |= kFlagWeekday;
    at(w).weekday = d;
  }
  for (const auto& [w, m] : months) at(w).month = m;
  for (const auto& [w, nw] : number_words) {
    TokenFacts& f = at(w);
    f.flags |= kFlagNumberWord;
    f.number = nw;
  }
  for (const auto& [w, sw] : scales) {
    TokenFacts& f = at(w);
    f.flags |= kFlagScale;
    f.scale = sw;
  }
  for (const PhraseTable* t : {&bounds, &currencies, &units, &change_words, &time_phrases}) {
    for (const std::string& w : t->FirstTokens()) at(w).bucket[t->slot()] = t->BucketIndex(w);
  }
  std::fill(std::begin(number_word_lengths), std::end(number_word_lengths), 0u);
  any_shape = false;
  for (const StringMap<TokenFacts>::value_type& e : by_text) {
    const std::string& w = e.first;
    if (!(e.second.flags & (kFlagNumberWord | kFlagScale))) continue;
    bool plain = !w.empty() && w.size() < 32 &&
                 std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!plain) {
      any_shape = true;  // not a plain word: no shortcut
      continue;
    }
    number_word_lengths[(w[0] & 31) * 32 + (w.back() & 31)] |= uint32_t{1} << w.size();
  }
  facts.clear();
  fact_keys.clear();
  fact_max_len = 0;
  size_t size = 16;
  fact_shift = 60;
  while (size < 2 * by_text.size()) {
    size *= 2;
    --fact_shift;
  }
  fact_slots.assign(size, FactSlot{});
  for (auto& [w, f] : by_text) {
    const uint64_t fp = FactFingerprint(w);
    size_t i = FactSlotOf(fp, w.size());
    while (fact_slots[i].index >= 0) i = (i + 1) & (size - 1);
    fact_slots[i] = FactSlot{fp, static_cast<uint32_t>(w.size()), static_cast<int32_t>(facts.size())};
    facts.push_back(f);
    fact_keys.push_back(w);
    fact_max_len = std::max(fact_max_len, w.size());
  }
}

Result<NumericLexicon> NumericLexicon::FromContents(const Files& files) {
  NumericLexicon lex;
  // Currency symbols first: the tokenizer needs them to split "€5m" and "US$1.5bn".
  Result<std::vector<TsvRow>> cur = Rows(files, "currencies.tsv", 4);
  if (!cur.ok()) return cur.status();
  for (const TsvRow& r : *cur) {
    const std::string& s = r.columns[0];
    if (!s.empty() && static_cast<unsigned char>(s[0]) >= 0x80) {
      // "€", "៛": the leading non-ASCII character is a symbol token.
      if (std::find(lex.currency_symbols.begin(), lex.currency_symbols.end(), s) ==
          lex.currency_symbols.end()) {
        lex.currency_symbols.push_back(s);
      }
    }
  }
  lex.currency_symbols.push_back("\xC2\xB0");  // degree sign, a unit symbol
  const std::vector<std::string>& sym = lex.currency_symbols;

  for (const TsvRow& r : *cur) {
    const std::string& pos = r.columns[2];
    const std::string& kind = r.columns[3];
    if (pos != "pre" && pos != "post" && pos != "both") {
      return RowError("currencies.tsv", r, "position must be pre, post or both, got '" + pos + "'");
    }
    if (kind != "symbol" && kind != "code" && kind != "word" && kind != "word_scaled" &&
        kind != "folded") {
      return RowError("currencies.tsv", r, "unknown kind '" + kind + "'");
    }
    if (r.columns[1].size() != 3) return RowError("currencies.tsv", r, "code must be 3 letters");
    Phrase p;
    p.case_sensitive = kind != "word" && kind != "word_scaled";
    p.tokens = PhraseTokens(r.columns[0], p.case_sensitive, sym, &p.spaced);
    p.value = r.columns[1];
    p.extra = pos + "|" + kind;
    p.line = r.line;
    lex.currencies.Add(std::move(p));
  }

  Result<std::vector<TsvRow>> nw = Rows(files, "number_words.tsv", 3);
  if (!nw.ok()) return nw.status();
  for (const TsvRow& r : *nw) {
    NumberWord w;
    if (!ParseDouble(r.columns[1], &w.value)) return RowError("number_words.tsv", r, "bad value");
    const std::string& k = r.columns[2];
    if (k == "unit") w.kind = WordKind::kUnit;
    else if (k == "teen") w.kind = WordKind::kTeen;
    else if (k == "tens") w.kind = WordKind::kTens;
    else if (k == "hundred") w.kind = WordKind::kHundred;
    else if (k == "dozen") w.kind = WordKind::kDozen;
    else if (k == "fraction") w.kind = WordKind::kFraction;
    else if (k == "vague") w.kind = WordKind::kVague;
    else if (k == "multiplier") w.kind = WordKind::kMultiplier;
    else return RowError("number_words.tsv", r, "unknown kind '" + k + "'");
    if (w.kind == WordKind::kVague &&
        (r.columns.size() < 4 || !ParseDouble(r.columns[3], &w.high) || w.high <= w.value)) {
      return RowError("number_words.tsv", r, "vague word needs a high value above its value");
    }
    if (!lex.number_words.emplace(Lower(r.columns[0]), w).second) {
      return RowError("number_words.tsv", r, "duplicate word '" + r.columns[0] + "'");
    }
  }

  Result<std::vector<TsvRow>> sc = Rows(files, "scales.tsv", 3);
  if (!sc.ok()) return sc.status();
  for (const TsvRow& r : *sc) {
    ScaleWord s;
    if (!ParseDouble(r.columns[1], &s.multiplier) || s.multiplier <= 0) {
      return RowError("scales.tsv", r, "bad multiplier");
    }
    const std::string& k = r.columns[2];
    if (k == "word") s.kind = ScaleKind::kWord;
    else if (k == "abbrev") s.kind = ScaleKind::kAbbrev;
    else if (k == "letter") s.kind = ScaleKind::kLetter;
    else return RowError("scales.tsv", r, "unknown kind '" + k + "'");
    if (!lex.scales.emplace(Lower(r.columns[0]), s).second) {
      return RowError("scales.tsv", r, "duplicate scale '" + r.columns[0] + "'");
    }
  }

  Result<std::vector<TsvRow>> bd = Rows(files, "bounds.tsv", 3);
  if (!bd.ok()) return bd.status();
  for (const TsvRow& r : *bd) {
    static const char* kBounds[] = {"approx", "more_than", "less_than", "at_least", "at_most",
                                    "range"};
    if (std::none_of(std::begin(kBounds), std::end(kBounds),
                     [&](const char* b) { return r.columns[1] == b; })) {
      return RowError("bounds.tsv", r, "unknown bound '" + r.columns[1] + "'");
    }
    if (r.columns[2] != "pre" && r.columns[2] != "post") {
      return RowError("bounds.tsv", r, "position must be pre or post");
    }
    Phrase p;
    p.tokens = PhraseTokens(r.columns[0], false, sym, &p.spaced);
    p.value = r.columns[1];
    p.extra = r.columns[2];
    p.line = r.line;
    lex.bounds.Add(std::move(p));
  }

  Result<std::vector<TsvRow>> un = Rows(files, "units.tsv", 3);
  if (!un.ok()) return un.status();
  for (const TsvRow& r : *un) {
    if (r.columns[2] != "attached" && r.columns[2] != "any") {
      return RowError("units.tsv", r, "attach must be 'attached' or 'any'");
    }
    Phrase p;
    // Short symbols are matched as written ("g" but not "G" in "5G"; "W" but not "w");
    // longer ones in any case ("GHz", "Ghz").
    p.case_sensitive = r.columns[0].size() <= 2;
    p.tokens = PhraseTokens(r.columns[0], p.case_sensitive, sym, &p.spaced);
    p.value = r.columns[1];
    p.extra = r.columns[2];
    p.line = r.line;
    lex.units.Add(std::move(p));
  }

  Result<std::vector<TsvRow>> cv = Rows(files, "change_verbs.tsv", 2);
  if (!cv.ok()) return cv.status();
  for (const TsvRow& r : *cv) {
    if (r.columns[1] != "up" && r.columns[1] != "down") {
      return RowError("change_verbs.tsv", r, "direction must be up or down");
    }
    Phrase p;
    p.tokens = PhraseTokens(r.columns[0], false, sym, &p.spaced);
    p.value = r.columns[1];
    p.extra = r.columns.size() > 2 ? r.columns[2] : "";
    double f;
    if (!p.extra.empty() && !ParseDouble(p.extra, &f)) {
      return RowError("change_verbs.tsv", r, "bad factor '" + p.extra + "'");
    }
    p.line = r.line;
    lex.change_words.Add(std::move(p));
  }

  Result<std::vector<TsvRow>> tw = Rows(files, "time_words.tsv", 2);
  if (!tw.ok()) return tw.status();
  for (const TsvRow& r : *tw) {
    const std::string& k = r.columns[1];
    std::string v = r.columns.size() > 2 ? r.columns[2] : "";
    if (k == "month") {
      int m = std::atoi(v.c_str());
      if (m < 1 || m > 12) return RowError("time_words.tsv", r, "month must be 1..12");
      // "jan." is stored as "jan": the tokenizer splits off the full stop.
      std::string w = Lower(r.columns[0]);
      if (!w.empty() && w.back() == '.') w.pop_back();
      lex.months[w] = m;
    } else if (k == "weekday") {
      int d = std::atoi(v.c_str());
      if (d < 1 || d > 7) return RowError("time_words.tsv", r, "weekday must be 1..7");
      lex.weekdays[Lower(r.columns[0])] = d;
    } else if (k == "clock" || k == "rel_pub" || k == "rel_prev" || k == "season" || k == "rel_pub_month") {
      Phrase p;
      p.tokens = PhraseTokens(r.columns[0], false, sym, &p.spaced);
      if (k == "clock" && p.tokens.size() == 1) lex.clock_words.insert(p.tokens[0]);
      p.value = k;
      p.extra = v;
      p.line = r.line;
      lex.time_phrases.Add(std::move(p));
    } else {
      return RowError("time_words.tsv", r, "unknown kind '" + k + "'");
    }
  }

  Result<std::vector<TsvRow>> fw = Rows(files, "num_function_words.tsv", 2);
  if (!fw.ok()) return fw.status();
  for (const TsvRow& r : *fw) {
    const std::string& c = r.columns[1];
    if (c == "counted") {
      lex.counted_participles.insert(Lower(r.columns[0]));
    } else if (c == "det" || c == "prep" || c == "conj" || c == "adv" || c == "pron" || c == "verb") {
      lex.function_words.insert(Lower(r.columns[0]));
    } else {
      return RowError("num_function_words.tsv", r, "unknown class '" + c + "'");
    }
  }

  Result<std::vector<TsvRow>> nc = Rows(files, "num_name_contexts.tsv", 2);
  if (!nc.ok()) return nc.status();
  for (const TsvRow& r : *nc) {
    if (r.columns[1] == "before") {
      lex.name_before.insert(Lower(r.columns[0]));
    } else if (r.columns[1] == "street") {
      lex.street_words.insert(Lower(r.columns[0]));
    } else {
      return RowError("num_name_contexts.tsv", r, "kind must be before or street");
    }
  }

  for (const auto& [w, nw] : lex.number_words) lex.starters.insert(w);
  for (const PhraseTable* t : {&lex.bounds, &lex.currencies}) {
    for (const std::string& w : t->FirstTokens()) lex.starters.insert(w);
  }
  for (const char* w : {"a", "an", "minus", "sub"}) lex.starters.insert(w);
  lex.bounds.Finish();
  lex.currencies.Finish();
  lex.units.Finish();
  lex.change_words.Finish();
  lex.time_phrases.Finish();
  lex.BuildFacts();
  return lex;
}

Result<NumericLexicon> NumericLexicon::Load() {
  static const char* kFiles[] = {"number_words.tsv",   "scales.tsv",          "bounds.tsv",
                                 "currencies.tsv",     "units.tsv",           "change_verbs.tsv",
                                 "time_words.tsv",     "num_function_words.tsv",
                                 "num_name_contexts.tsv"};
  Files files;
  for (const char* f : kFiles) {
    Result<std::string> c = ReadDataFile(f);
    if (!c.ok()) return c.status();
    files[f] = std::move(c).value();
  }
  return FromContents(files);
}

}  // namespace claimkit::numeric
