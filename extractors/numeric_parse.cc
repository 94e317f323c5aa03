// Quantity parsing for one sentence (see numeric_parse.h).
//
// A quantity is: [pre-bound] [currency] [sign] NUMBER [scale] [percent|currency|unit]
//   [(- | to | and) [currency] NUMBER [scale] [percent|currency|unit]] [counted noun] [post-bound]
// where NUMBER is digits ("10,000", ".5"), number words ("fifty-one", "two hundred", "a dozen"),
// a fraction ("a third", "two-thirds") or a vague magnitude ("dozens of", "tens of billions of").
// After parsing, context filters drop dates, years, clock times, scores, ages, names and
// references (see the header).
#include "extractors/numeric_parse.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimkit::numeric {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// ' ', '\t', '\n', '\v', '\f', '\r' (the last five are 9..13).
bool IsSpace(char c) { return c == ' ' || static_cast<unsigned char>(c - '\t') < 5; }

int Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

uint32_t DecodeAt(std::string_view s, size_t i, int len) {
  unsigned char c = s[i];
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  return cp;
}

// Letters for the tokenizer: Latin-1 letters and above, minus punctuation and symbol blocks.
bool IsLetterCp(uint32_t cp) {
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, currency, arrows, math
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFFFF) return false;  // variation selectors, specials
  if (cp == 0x0E3F || cp == 0x17DB) return false;  // baht, riel signs
  return true;
}

bool IsPluralish(std::string_view w) {
  static constexpr std::string_view kIrregular[] = {"people", "men", "women", "children", "police", "staff",
                                     "personnel", "cattle", "feet", "teeth", "data", "media",
                                     "livestock", "crew", "mice", "geese", "troops"};
  for (std::string_view k : kIrregular) {
    if (w == k) return true;
  }
  // "grandchildren", "businessmen", "firemen"
  for (std::string_view k : {std::string_view("children"), std::string_view("men"),
                             std::string_view("people")}) {
    size_t n = k.size();
    if (w.size() > n && w.compare(w.size() - n, n, k) == 0) return true;
  }
  if (w.size() <= 3 || w.back() != 's') return false;
  char c = w[w.size() - 2];
  // "-ss", "-'s"; "-us" and "-is" are singular ("previous", "status", "crisis").
  return c != 's' && c != '\'' && c != 'u' && c != 'i';
}

// "TDs", "CEOs", "NGOs": an acronym with a plural s.
bool AcronymPlural(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z') return false;
  }
  return true;
}

// Capitalised words ending in s are often names ("Chris", "Texas"); plurals of peoples and
// groups end in -ns, -rs, -ts ("Americans", "Democrats", "Workers").
bool CapitalPlural(std::string_view w) {
  if (w.size() < 4) return false;
  char c = w[w.size() - 2];
  return c == 'n' || c == 'r' || c == 't';
}

bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kDet[] = {"the", "a", "an", "its", "their", "his", "her", "our", "my",
                               "your", "these", "those", "all", "this", "that"};
  for (std::string_view d : kDet) {
    if (w == d) return true;
  }
  return false;
}

bool StartsUpper(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

bool HasUpperAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool IsPreBound(const Phrase& p) { return p.extra == "pre"; }
bool IsPostBound(const Phrase& p) { return p.extra == "post"; }
bool IsPreCurrency(const Phrase& p) { return p.extra.rfind("pre", 0) == 0 || p.extra.rfind("both", 0) == 0; }
bool IsPostCurrency(const Phrase& p) { return p.extra.rfind("post", 0) == 0 || p.extra.rfind("both", 0) == 0; }
bool IsClock(const Phrase& p) { return p.value == "clock"; }

const TokenFacts kNoFacts;

}  // namespace

bool IsTimeUnitName(std::string_view u) {
  return u == "second" || u == "minute" || u == "hour" || u == "day" || u == "week" ||
         u == "month" || u == "year" || u == "decade" || u == "century";
}

namespace {

// The end of the run of ASCII letters in low[j, n) (lower-cased text, so letters are 'a'..'z'
// only): the first k >= j that is not one, or n. 16 bytes a step with SSE2: a byte is in
// 'a'..'z' when (b - 'a') ^ 0x80 < 26 ^ 0x80 as signed bytes (SSE2 compares signed only).
inline size_t AsciiLetterRunEnd(const char* low, size_t j, size_t n) {
#ifdef __SSE2__
  for (; j + 16 <= n; j += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(low + j));
    const __m128i letter =
        _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - 'a')), _mm_set1_epi8(-128 + 26));
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(letter)) & 0xFFFF;
    if (other) return j + static_cast<size_t>(std::countr_zero(other));
  }
#endif
  while (j < n && static_cast<unsigned char>(low[j] - 'a') < 26) ++j;
  return j;
}

void TokenizeInto(std::string_view s, uint32_t base, const std::vector<std::string>& symbols,
                  std::string* lower, std::vector<Tok>* out_vec) {
  std::vector<Tok>& out = *out_vec;
  out.clear();
  out.reserve(s.size() / 4 + 4);
  size_t i = 0, n = s.size();
  lower->assign(s.data(), s.size());
  {
    char* d = lower->data();
    size_t k = 0;
#ifdef __SSE2__
    // 16 bytes a step: 'A'..'Z' found as in AsciiLetterRunEnd, 0x20 added to them.
    for (; k + 16 <= n; k += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + k));
      const __m128i upper =
          _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - 'A')), _mm_set1_epi8(-128 + 26));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(d + k),
                       _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    }
#endif
    // ASCII lower-casing eight bytes at a time: the bit-hack "has a byte between m and n"
    // marks the bytes 'A'..'Z' with 0x80 (exact per byte; bytes >= 0x80 stay unmarked), and
    // 0x80 >> 2 is the 0x20 that lower-cases them.
    constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full, kHigh = 0x8080808080808080ull;
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    for (; k + 8 <= n; k += 8) {
      uint64_t w;
      std::memcpy(&w, d + k, 8);
      const uint64_t x = w & kLow7;
      const uint64_t upper = (kOnes * (127 + 'Z' + 1) - x) & ~w & (x + kOnes * (127 - ('A' - 1))) & kHigh;
      w |= upper >> 2;
      std::memcpy(d + k, &w, 8);
    }
    for (; k < n; ++k) {
      if (d[k] >= 'A' && d[k] <= 'Z') d[k] = static_cast<char>(d[k] - 'A' + 'a');
    }
  }
  const char* low = lower->data();
  bool space = true;
  auto push = [&](size_t b, size_t e, TokKind k) {
    out.push_back(Tok{base + static_cast<uint32_t>(b), base + static_cast<uint32_t>(e), k, space,
                      k == TokKind::kPunct && e - b == 1 ? s[b] : '\0',
                      std::string_view(s.data() + b, e - b),  // b <= e <= n
                      std::string_view(low + b, e - b), &kNoFacts});
    space = false;
  };
  // A word from j: runs of ASCII letters, non-ASCII letters and inner apostrophes ("o'clock").
  auto scan_word = [&](size_t j) {
    while ((j = AsciiLetterRunEnd(low, j, n)) < n) {
      unsigned char c = s[j];
      if (c >= 0x80) {
        int len = Utf8Len(c);
        if (!IsLetterCp(DecodeAt(s, j, len))) break;
        j += len;
      } else if (c == '\'' && j + 1 < n && IsAlpha(s[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  };
  while (i < n) {
    unsigned char c = s[i];
    if (IsAlpha(c)) {  // the commonest start, tested first (no other test below takes it)
      size_t j = scan_word(i + 1);
      push(i, j, TokKind::kWord);
      i = j;
      continue;
    }
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    if (c >= 0x80) {
      bool sym = false;
      for (const std::string& y : symbols) {
        if (static_cast<unsigned char>(y[0]) != c) continue;
        if (s.substr(i, y.size()) == y) {
          push(i, i + y.size(), TokKind::kSymbol);
          i += y.size();
          sym = true;
          break;
        }
      }
      if (sym) continue;
      int len = Utf8Len(c);
      if (IsLetterCp(DecodeAt(s, i, len))) {
        size_t j = scan_word(i);
        push(i, j, TokKind::kWord);
        i = j;
      } else {
        size_t e = std::min(n, i + len);
        push(i, e, TokKind::kPunct);
        i = e;
      }
      continue;
    }
    if (IsDigit(c) || (c == '.' && i + 1 < n && IsDigit(s[i + 1]) && (i == 0 || !IsDigit(s[i - 1])))) {
      size_t j = i;
      if (c == '.') {
        ++j;
        while (j < n && IsDigit(s[j])) ++j;
      } else {
        size_t g0 = j;
        while (j < n && IsDigit(s[j])) ++j;
        size_t first = j - g0;
        bool spaced_groups = false, other_groups = false;
        // Indian grouping: "1,00,000" (a lakh), "12,34,567", "10,00,00,000" (ten crore):
        // pairs of digits, then a last group of three.
        if (first <= 2) {
          size_t x = j;
          int pairs = 0;
          while (x + 2 < n && s[x] == ',' && IsDigit(s[x + 1]) && IsDigit(s[x + 2]) &&
                 (x + 3 >= n || s[x + 3] == ',')) {
            x += 3;
            ++pairs;
          }
          if (pairs > 0 && x + 3 < n && s[x] == ',' && IsDigit(s[x + 1]) && IsDigit(s[x + 2]) &&
              IsDigit(s[x + 3]) && !(x + 4 < n && IsDigit(s[x + 4]))) {
            j = x + 4;
            other_groups = true;
          }
        }
        while (j < n) {
          char sep = s[j];
          bool three = j + 3 < n && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) && IsDigit(s[j + 3]) &&
                       !(j + 4 < n && IsDigit(s[j + 4]));
          if (!three) break;
          if ((sep == ',' || sep == '\'') && !spaced_groups) {
            other_groups = true;
            j += 4;
            continue;
          }
          // "816 000": a space before exactly three digits, after a group of at most three.
          if (sep == ' ' && first <= 3 && !other_groups &&
              !(j + 4 < n && (s[j + 4] == '.' || s[j + 4] == ',') && j + 5 < n && IsDigit(s[j + 5]))) {
            spaced_groups = true;
            j += 4;
            continue;
          }
          break;
        }
        if (j + 1 < n && s[j] == '.' && IsDigit(s[j + 1])) {
          ++j;
          while (j < n && IsDigit(s[j])) ++j;
        }
      }
      push(i, j, TokKind::kNumber);
      i = j;
      continue;
    }
    push(i, i + 1, c == '$' ? TokKind::kSymbol : TokKind::kPunct);
    ++i;
  }
}

}  // namespace

std::vector<Tok> Tokenize(std::string_view s, uint32_t base, const std::vector<std::string>& symbols,
                          std::string* lower) {
  std::vector<Tok> out;
  TokenizeInto(s, base, symbols, lower, &out);
  return out;
}

std::vector<Tok> Tokenize(std::string_view text, uint32_t base, const NumericLexicon& lex,
                          std::string* lower) {
  std::vector<Tok> out;
  Tokenize(text, base, lex, lower, &out);
  return out;
}

void Tokenize(std::string_view text, uint32_t base, const NumericLexicon& lex, std::string* lower,
              std::vector<Tok>* out) {
  TokenizeInto(text, base, lex.currency_symbols, lower, out);
  for (Tok& t : *out) {
    if (t.kind != TokKind::kNumber) t.f = lex.Facts(t.lower);
  }
}

double DigitValue(std::string_view digits) {
  // Up to 15 digits and at most one '.' (nearly every figure): the digits as an integer m and
  // the count k of those after the point give m / 10^k, which is strtod's result: m < 10^15
  // and 10^k are exact doubles, so the division rounds the exact value m / 10^k to the nearest
  // double, as strtod does (the program keeps the "C" locale: '.' is the point).
  {
    static constexpr double kPow10[] = {1,    1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t m = 0;
    int n = 0, k = 0;
    bool point = false, ok = true;
    for (char c : digits) {
      if (IsDigit(c)) {
        m = m * 10 + static_cast<uint64_t>(c - '0');
        ++n;
        k += point;
      } else if (c == '.') {
        ok = ok && !point;
        point = true;
      }
    }
    if (ok && n > 0 && n <= 15) return static_cast<double>(m) / kPow10[k];
  }
  std::string clean;
  clean.reserve(digits.size());
  for (char c : digits) {
    if (IsDigit(c) || c == '.') clean.push_back(c);
  }
  return std::strtod(clean.c_str(), nullptr);
}

int MatchPhrase(const std::vector<Tok>& toks, int i, const PhraseTable& table, const Phrase** out,
                bool (*pred)(const Phrase&)) {
  if (i < 0 || i >= static_cast<int>(toks.size())) return 0;
  int bi = toks[i].f ? toks[i].f->bucket[table.slot()] : table.BucketIndex(toks[i].lower);
  if (bi < 0) return 0;
  const std::vector<Phrase>* bucket = &table.BucketAt(bi);
  for (const Phrase& p : *bucket) {
    int len = static_cast<int>(p.tokens.size());
    if (i + len > static_cast<int>(toks.size())) continue;
    bool ok = true;
    // The bucket is that of the first token's lower-cased text, which is the first token of
    // each case-insensitive phrase in it (PhraseTable::Add, PhraseTokens): only a
    // case-sensitive phrase needs its first token compared.
    for (int k = p.case_sensitive ? 0 : 1; k < len && ok; ++k) {
      const Tok& t = toks[i + k];
      ok = (p.case_sensitive ? t.text : t.lower) == p.tokens[k];
      if (ok && k > 0 && !p.spaced[k] && t.space_before) ok = false;
    }
    if (ok && (!pred || pred(p))) {
      *out = &p;
      return len;
    }
  }
  return 0;
}

namespace {

// One number with what is glued to it: "US$1.5bn", "5 per cent", "-1.3%", "287 miles".
struct Simple {
  int b = 0, e = 0;            // tokens
  int core_b = 0, core_e = 0;  // the number itself (digits or words)
  double value = 0, high = 0;  // high: vague only
  bool vague = false, fraction = false, word = false, is_int = true, has_sep = false;
  bool multiplier = false;     // "twice", "sixfold"
  bool cur_folded = false;     // "PS2.7m": a transliterated symbol (needs a formatted amount)
  bool hyphen_unit = false;    // "a 10-second clip", "five-year": unit joined by a hyphen
  bool ratio = false;          // "one in five"
  int int_digits = 0;          // digits of a plain integer token
  double rounding = 0.5;
  int sign = 0;
  std::string cur;             // ISO code
  bool cur_pre = false;
  double mult = 1;
  std::string scale_text;
  std::string unit, unit_kind;  // percent / currency / unit
  bool scale_letter_unresolved = false;
};

class Parser {
 public:
  Parser(const std::vector<Tok>& t, const NumericLexicon& lex)
      : t_(t), lex_(lex), n_(static_cast<int>(t.size())) {}

  std::vector<ParsedQuantity> Run() {
    first_word_ = 0;
    while (first_word_ < n_ && t_[first_word_].kind != TokKind::kWord &&
           t_[first_word_].kind != TokKind::kNumber) {
      ++first_word_;
    }
    std::vector<ParsedQuantity> out;
    // Every quantity holds a digit token or a number or scale word, at most a few tokens after
    // its first one (bounds have up to three words, then a currency and a sign): other
    // positions are skipped without a try.
    constexpr int kLead = 6;
    // The first numeric token at or after i; i only grows, so the search goes on from the last
    // answer while that is still at or after i (no numeric token lies between i and it).
    int next_num = 0;
    int i = 0;
    bool in_brackets = false;  // the last quantity took its bound from the one before "("
    while (i < n_) {
      if (next_num < i) next_num = i;
      while (next_num < n_ && t_[next_num].kind != TokKind::kNumber &&
             !(t_[next_num].f->flags & (kFlagNumberWord | kFlagScale))) {
        ++next_num;
      }
      if (next_num >= n_) break;
      if (next_num - i > kLead) {
        i = next_num - kLead;
        continue;
      }
      bool maybe = t_[i].kind == TokKind::kNumber || (t_[i].f->flags & kFlagStarter) ||
                   IsPunct(i, '-') || IsPunct(i, '+');
      if (!maybe || InUrl(i)) {
        ++i;
        continue;
      }
      ParsedQuantity q;
      int next = i + 1;
      int r = TryAt(i, &q, &next);
      if (r == 1) {
        // "more than 100 kilometers (60 miles)", "just under 296 hp (224 kW / 300 PS)": a
        // conversion in brackets restates the figure before it, bound included.
        if (!out.empty() && q.bound == "exact" && q.value && out.back().value &&
            out.back().tok_end == q.tok_begin - 1 &&
            (IsPunct(q.tok_begin - 1, '(') || (IsPunct(q.tok_begin - 1, '/') && in_brackets)) &&
            out.back().bound != "exact" && out.back().bound != "range") {
          q.bound = out.back().bound;
          in_brackets = true;
        } else {
          in_brackets = false;
        }
        out.push_back(q);
        i = std::max(q.tok_end, i + 1);
      } else if (r == 2) {
        i = std::max(next, i + 1);
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  LiteralEqView L(int i) const { return i >= 0 && i < n_ ? t_[i].lower : LiteralEqView(); }
  const TokenFacts& F(int i) const { return i >= 0 && i < n_ ? *t_[i].f : kNoFacts; }
  bool Flag(int i, uint32_t flag) const { return (F(i).flags & flag) != 0; }
  bool Is(int i, TokKind k) const { return i >= 0 && i < n_ && t_[i].kind == k; }
  bool IsPunct(int i, char c) const { return i >= 0 && i < n_ && t_[i].punct == c; }
  // "/" or the fraction slash U+2044 ("1⁄32").
  bool IsSlash(int i) const {
    return IsPunct(i, '/') || (Is(i, TokKind::kPunct) && t_[i].text == "\xE2\x81\x84");
  }
  bool Attached(int i) const { return i > 0 && i < n_ && !t_[i].space_before; }
  bool IsFunction(int i) const { return Flag(i, kFlagFunction); }

  // Whether token i lies in a URL or e-mail address: a chunk of tokens without spaces between
  // them that has "://", "www." or "@" + domain. Asked only where a quantity is tried (a few
  // tokens of a sentence), so each chunk is looked at when first asked about; the last answer
  // is kept for the tries that follow in the same chunk.
  bool InUrl(int i) const {
    if (i >= url_b_ && i < url_e_) return url_;
    int b = i, e = i + 1;
    while (b > 0 && !t_[b].space_before) --b;
    while (e < n_ && !t_[e].space_before) ++e;
    bool url = false;
    for (int k = b; k < e; ++k) {
      // Only a ":", "@" or "." token or "www" can begin one of the patterns below.
      const Tok& tk = t_[k];
      if (tk.punct != ':' && tk.punct != '@' && tk.punct != '.' && tk.lower != "www") continue;
      if ((IsPunct(k, ':') && IsPunct(k + 1, '/') && IsPunct(k + 2, '/')) ||
          (L(k) == "www" && IsPunct(k + 1, '.')) || (IsPunct(k, '@') && k + 1 < e) ||
          (IsPunct(k, '.') && (L(k + 1) == "com" || L(k + 1) == "org" || L(k + 1) == "html") &&
           k > b)) {
        url = true;
      }
    }
    url_b_ = b;
    url_e_ = e;
    url_ = url;
    return url;
  }

  bool NumberWord(int i, WordKind* kind, double* v, double* high = nullptr) const {
    if (!Is(i, TokKind::kWord) || !Flag(i, kFlagNumberWord)) return false;
    const numeric::NumberWord& w = t_[i].f->number;
    *kind = w.kind;
    *v = w.value;
    if (high) *high = w.high;
    return true;
  }

  // Parses the number at token i into s (core fields). Returns false if none.
  bool ParseCore(int i, Simple* s) const {
    s->core_b = i;
    if (Is(i, TokKind::kNumber)) {
      std::string_view txt = t_[i].text;
      s->value = DigitValue(txt);
      size_t dot = txt.find('.');
      int decimals = dot == std::string::npos ? 0 : static_cast<int>(txt.size() - dot - 1);
      s->is_int = decimals == 0;
      s->has_sep = txt.find_first_of(", '") != std::string::npos;
      s->int_digits = s->is_int && !s->has_sep ? static_cast<int>(txt.size()) : 0;
      if (decimals > 0) {
        s->rounding = 0.5 * std::pow(10.0, -decimals);
      } else {
        int digits = 0, tz = 0;
        for (char c : txt) {
          if (IsDigit(c)) {
            ++digits;
            tz = c == '0' ? tz + 1 : 0;
          }
        }
        if (s->value == 0) tz = 0;
        tz = std::min(tz, std::max(0, digits - 2));
        s->rounding = 0.5 * std::pow(10.0, tz);
      }
      s->core_e = i + 1;
      // "3/4 of", "1/2 pound", "1⁄32 of a quart": numerator below the denominator and "of"
      // or a unit after it. Other slashed numbers are dates and codes ("9/11", "24/7").
      if (IsSlash(i + 1) && Attached(i + 1) && Is(i + 2, TokKind::kNumber) && Attached(i + 2) &&
          s->is_int && !s->has_sep && s->int_digits <= 3) {
        std::string_view d = t_[i + 2].text;
        bool plain = d.size() <= 4 && d.find_first_not_of("0123456789") == std::string_view::npos;
        double den = plain ? DigitValue(d) : 0;
        const Phrase* pu = nullptr;
        bool of = L(i + 3) == "of";
        bool unit = !of && !(Attached(i + 3) && Is(i + 3, TokKind::kNumber)) &&
                    MatchPhrase(t_, i + 3, lex_.units, &pu) > 0;
        if (plain && den >= 2 && s->value >= 1 && s->value < den && (of || unit) &&
            !IsSlash(i + 3)) {
          s->value /= den;
          s->is_int = false;
          s->int_digits = 0;
          s->rounding = 1e-9;  // exact
          s->fraction = of;
          s->core_e = i + 3;
        }
      }
      ScientificExponent(s);
      return true;
    }
    if (!Is(i, TokKind::kWord)) return false;
    WordKind k;
    double v, hi;
    std::string_view w = L(i);
    // "a dozen", "a third of", "a million", "a hundred"
    if (w == "a" || w == "an") {
      WordKind k2;
      double v2;
      if (NumberWord(i + 1, &k2, &v2)) {
        if (k2 == WordKind::kDozen || k2 == WordKind::kHundred) {
          s->value = v2;
          s->word = true;
          s->core_e = i + 2;
          return true;
        }
        if (k2 == WordKind::kFraction && !IsPluralish(L(i + 1))) {
          s->value = v2;
          s->word = s->fraction = true;
          s->core_e = i + 2;
          return true;
        }
      }
      if (Flag(i + 1, kFlagScale) && F(i + 1).scale.kind == ScaleKind::kWord) {
        s->value = 1;
        s->word = true;
        s->core_e = i + 1;  // the scale word is applied by the caller
        return true;
      }
      return false;
    }
    if (!NumberWord(i, &k, &v, &hi)) return false;
    s->word = true;
    if (k == WordKind::kMultiplier) {  // "twice", "sixfold"
      // "twice" and "thrice" count as factors only as multipliers: "twice as many", "twice the
      // rate", "more than twice" (the bound is checked by the caller); "voted twice", "think
      // twice" are adverbs of frequency.
      if (w == "twice" || w == "thrice") {
        std::string_view nx = L(i + 1);
        bool factor = nx == "as" || nx == "that" || IsDeterminer(nx) || nx == "what";
        // "scored twice as United won": "as" opens a clause (a name follows), not a comparison.
        if (nx == "as" && Is(i + 2, TokKind::kWord) && StartsUpper(t_[i + 2].text) &&
            !StartsUpper(t_[i].text)) {
          factor = false;
        }
        if (!factor && !mult_bound_) return false;
      }
      s->value = v;
      s->multiplier = true;
      s->core_e = i + 1;
      return true;
    }
    if (k == WordKind::kVague) {
      // "dozens of", "tens of billions of": needs "of".
      if (L(i + 1) != "of") return false;
      double low = v, high = hi;
      int j = i + 1;
      WordKind k2;
      double v2;
      while (L(j) == "of" && NumberWord(j + 1, &k2, &v2) && k2 == WordKind::kVague && v2 >= 1000) {
        low *= v2;
        high *= v2;
        j += 2;
      }
      s->vague = true;
      s->value = low;
      s->high = high;
      s->core_e = j;
      return true;
    }
    if (k == WordKind::kFraction) {
      // "half of", "half the": a fraction without a numerator.
      if (L(i) != "half") return false;
      if (Attached(i + 1) && IsPunct(i + 1, '-')) return false;  // "half-staff"
      // "the second half of the game", "in the first half": a period, not a share.
      static constexpr std::string_view kOrdinal[] = {"first", "second", "third", "fourth", "last", "final",
                                       "latter", "former", "opening", "closing"};
      for (std::string_view o : kOrdinal) {
        if (L(i - 1) == o) return false;
      }
      s->value = v;
      s->fraction = true;
      s->core_e = i + 1;
      return true;
    }
    if (k == WordKind::kHundred || k == WordKind::kDozen) return false;
    double cur = 0;
    int j = i;
    bool have_units = false;
    while (j < n_) {
      if (!NumberWord(j, &k, &v)) break;
      if (k == WordKind::kUnit || k == WordKind::kTeen) {
        if (have_units) break;
        cur += v;
        have_units = true;
        ++j;
      } else if (k == WordKind::kTens) {
        if (have_units) break;
        cur += v;
        ++j;
        WordKind k3;
        double v3;
        if (IsPunct(j, '-') && Attached(j) && Attached(j + 1) && NumberWord(j + 1, &k3, &v3) &&
            k3 == WordKind::kUnit) {
          cur += v3;
          j += 2;
        } else if (NumberWord(j, &k3, &v3) && k3 == WordKind::kUnit && v3 > 0 &&
                   !(IsPunct(j + 1, '-') && Attached(j + 1))) {
          cur += v3;  // "sixty five" written apart (not "twenty two-day trips")
          ++j;
        }
        have_units = true;
      } else if (k == WordKind::kHundred) {
        if (j == i) break;
        cur *= 100;
        ++j;
        have_units = false;
        WordKind k3;
        double v3;
        if (L(j) == "and" && NumberWord(j + 1, &k3, &v3) &&
            (k3 == WordKind::kUnit || k3 == WordKind::kTeen || k3 == WordKind::kTens)) {
          ++j;
        }
      } else if (k == WordKind::kDozen) {
        if (j == i) break;
        cur *= 12;
        ++j;
        break;
      } else {
        break;
      }
    }
    if (j == i) return false;
    // "two-thirds", "three quarters"
    WordKind kf;
    double vf;
    int f = j;
    if (IsPunct(f, '-') && Attached(f) && Attached(f + 1)) ++f;
    if (NumberWord(f, &kf, &vf) && kf == WordKind::kFraction && L(f) != "half" &&
        (IsPluralish(L(f)) || cur == 1)) {
      s->value = cur * vf;
      s->fraction = true;
      s->core_e = f + 1;
      return true;
    }
    s->value = cur;
    s->core_e = j;
    return true;
  }

  // Scientific notation after the digits of s: "1.99×10−30", "2.998x10^-8", "6×10²³" (superscript
  // digits). Multiplies the value and moves core_e past the exponent.
  void ScientificExponent(Simple* s) const {
    int x = s->core_e;
    bool times = Is(x, TokKind::kPunct) ? t_[x].text == "\xC3\x97" : L(x) == "x";
    if (!times || !Attached(x) || !Is(x + 1, TokKind::kNumber) || t_[x + 1].text != "10" ||
        !Attached(x + 1)) {
      return;
    }
    int y = x + 2;
    if (IsPunct(y, '^') && Attached(y)) ++y;
    bool neg = false;
    if (Attached(y) && (IsPunct(y, '-') || t_[y].text == "\xE2\x88\x92" || t_[y].text == "\xE2\x81\xBB")) {
      neg = true;
      ++y;
    }
    int exp = 0, digits = 0;
    if (Is(y, TokKind::kNumber) && Attached(y) && t_[y].text.size() <= 3 &&
        t_[y].text.find_first_not_of("0123456789") == std::string_view::npos) {
      exp = static_cast<int>(DigitValue(t_[y].text));
      digits = static_cast<int>(t_[y].text.size());
      ++y;
    } else {
      // superscript digits: U+2070, U+00B9, U+00B2, U+00B3, U+2074..U+2079
      static constexpr std::string_view kSup[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
                                   "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
      while (digits < 3 && y < n_ && Attached(y) && Is(y, TokKind::kPunct)) {
        int d = -1;
        for (int k = 0; k < 10; ++k) {
          if (t_[y].text == kSup[k]) d = k;
        }
        if (d < 0) break;
        exp = exp * 10 + d;
        ++digits;
        ++y;
      }
    }
    if (digits == 0) return;
    double f = std::pow(10.0, neg ? -exp : exp);
    s->value *= f;
    s->rounding *= f;
    s->is_int = false;
    s->int_digits = 0;
    s->core_e = y;
  }

  // Percent words at k: "%", "per cent", "percent", "pc", "per-cent". Returns tokens used.
  int PercentAt(int k) const {
    if (IsPunct(k, '%')) return 1;
    if (L(k) == "percent") return 1;
    if (L(k) == "pc" && (Attached(k) || !Is(k + 1, TokKind::kWord))) return 1;
    if (L(k) == "per" && L(k + 1) == "cent") return 2;
    if (L(k) == "per" && IsPunct(k + 1, '-') && L(k + 2) == "cent") return 3;
    return 0;
  }

  bool ParseSimple(int j, Simple* s, bool allow_sign) const {
    s->b = j;
    const Phrase* pc = nullptr;
    int cl = MatchPhrase(t_, j, lex_.currencies, &pc, IsPreCurrency);
    if (cl) {
      int after = j + cl;
      bool letters = Is(j, TokKind::kWord);
      bool num_next = Is(after, TokKind::kNumber) ||
                      ((IsPunct(after, '-') || IsPunct(after, '+')) && Is(after + 1, TokKind::kNumber));
      bool kind_ok = pc->extra.find("word") == std::string::npos;
      // Letter symbols ("RM", "Rs", "R") must touch the number; codes may be spaced ("USD 20").
      bool spacing_ok = !letters || pc->extra.find("code") != std::string::npos || Attached(after) ||
                        t_[j].text.size() > 1;
      if (letters && j > 0 && !t_[j].space_before && !IsPunct(j - 1, '(')) spacing_ok = false;
      bool folded = pc->extra.find("folded") != std::string::npos;
      if (folded && !Attached(after)) spacing_ok = false;
      if (num_next && kind_ok && spacing_ok) {
        s->cur = pc->value;
        s->cur_pre = true;
        s->cur_folded = folded;
        j = after;
      }
    }
    if (allow_sign || !s->cur.empty()) {
      if ((IsPunct(j, '-') || IsPunct(j, '+')) && Is(j + 1, TokKind::kNumber) && Attached(j + 1) &&
          (t_[j].space_before || j == 0 || IsPunct(j - 1, '(') || !s->cur.empty())) {
        s->sign = IsPunct(j, '-') ? -1 : 1;
        ++j;
      } else if (L(j) == "minus" && s->cur.empty() &&
                 !(L(j - 1) == "or" && L(j - 2) == "plus")) {  // "plus or minus 3 points": a margin
        int k = j + 1;
        if (IsPunct(k, '-') && Attached(k)) ++k;
        // "minus 1.4", "minus five degrees"
        if (Is(k, TokKind::kNumber) ||
            (Flag(k, kFlagNumberWord) && F(k).number.kind != WordKind::kVague &&
             F(k).number.kind != WordKind::kMultiplier)) {
          s->sign = -1;
          j = k;
        }
      }
    }
    if (!ParseCore(j, s)) return false;
    int k = s->core_e;
    if (s->multiplier) {
      // "cut twice a week": how often, a count of occasions, not a factor.
      int x = k;
      if (L(x) == "a" || L(x) == "an" || L(x) == "per" || L(x) == "each" || L(x) == "every") ++x;
      const bool often = x > k && Is(x, TokKind::kWord) && IsTimeUnitName(L(x));
      s->unit = often ? "times" : "fold";
      s->unit_kind = often ? "count" : "unit";
      s->e = k;
      return true;
    }
    // "half a million", "a quarter of a million", "three quarters of a billion", "half
    // million": a fraction of a scale word is a number, not a share.
    if (s->fraction && !s->ratio) {
      int x = k;
      if (L(x) == "of") ++x;
      if (L(x) == "a" || L(x) == "an") ++x;
      bool scale = Flag(x, kFlagScale) && F(x).scale.kind == ScaleKind::kWord &&
                   F(x).scale.multiplier >= 1000;
      bool dozen = Flag(x, kFlagNumberWord) && F(x).number.kind == WordKind::kDozen &&
                   (L(x - 1) == "a" || L(x - 1) == "an");  // "half a dozen"
      if (x > k && Is(x, TokKind::kWord) && (scale || dozen)) {
        s->value *= scale ? F(x).scale.multiplier : F(x).number.value;
        s->fraction = false;
        s->is_int = false;
        s->int_digits = 0;
        s->rounding = s->value * 0.1;  // a loose figure
        s->scale_text.clear();
        if (scale) s->scale_text += t_[x].text;
        k = x + 1;
        if (dozen) {  // a count: "half a dozen HP directors" is not horsepower
          s->core_e = s->e = k;
          return true;
        }
      }
    }
    // Scale.
    while (!s->vague && !s->fraction) {
      if (!Flag(k, kFlagScale) || !Is(k, TokKind::kWord)) break;
      {
        bool ok = false;
        const ScaleWord& sw = F(k).scale;
        if (sw.kind == ScaleKind::kWord) {
          ok = true;
        } else if (sw.kind == ScaleKind::kAbbrev) {
          // (spaced without a currency only when the abbreviation is nothing else: "1.9 bn",
          // "3 bln", "5 mln"; not "25 k", "5 mil")
          const std::string_view ab = L(k);
          const bool only_scale = ab == "bn" || ab == "bln" || ab == "mln" || ab == "mn" || ab == "trn";
          ok = (Attached(k) || !s->cur.empty() || only_scale) && !(Attached(k + 1) && Is(k + 1, TokKind::kWord));
        } else {
          const Phrase* pc2 = nullptr;
          bool cur_after = MatchPhrase(t_, k + 1, lex_.currencies, &pc2, IsPostCurrency) > 0;
          // "$5m", "5m euros", "1.2m tonnes", "35m of its devices"; but "100m sprint" is metres.
          ok = Attached(k) && (!s->cur.empty() || cur_after || !s->is_int || L(k + 1) == "of") &&
               !(Attached(k + 1) && Is(k + 1, TokKind::kWord));
          // "1.8m tall", "a 2.5m high wall": metres, not millions.
          static constexpr std::string_view kDimension[] = {"tall", "high", "long", "wide", "deep", "thick"};
          for (std::string_view d : kDimension) {
            if (L(k + 1) == d) ok = false;
          }
          // "about 8 B people": a spaced capital letter before a plural counted noun.
          ok = ok || (!Attached(k) && StartsUpper(t_[k].text) && Is(k + 1, TokKind::kWord) &&
                      !StartsUpper(t_[k + 1].text) && !IsFunction(k + 1) &&
                      IsPluralish(L(k + 1)));
        }
        if (!ok) break;
        // "4 hundred million": scales multiply.
        s->mult *= sw.multiplier;
        if (!s->scale_text.empty()) s->scale_text += ' ';
        s->scale_text += t_[k].text;
        ++k;
        if (sw.kind != ScaleKind::kWord) break;
      }
    }
    // "twenty-eight thousand six hundred forty-two": a word number continues after its scale.
    if (s->word && s->mult > 1 && !s->vague && !s->fraction) {
      Simple rest;
      int r = L(k) == "and" ? k + 1 : k;
      WordKind wk;
      double wv;
      if (NumberWord(r, &wk, &wv) && wk != WordKind::kFraction && wk != WordKind::kVague &&
          ParseCore(r, &rest) && !rest.fraction && rest.value * 1 < s->mult) {
        double more = rest.value;
        int rk = rest.core_e;
        if (Flag(rk, kFlagScale) && F(rk).scale.kind == ScaleKind::kWord &&
            F(rk).scale.multiplier < s->mult) {
          more *= F(rk).scale.multiplier;
          ++rk;
        }
        s->value = s->value + more / s->mult;
        k = rk;
      }
    }
    s->core_e = k;
    // "PS2.7m", "PS21,700" but not "PS4": a folded symbol needs a formatted amount.
    if (s->cur_folded && s->is_int && !s->has_sep && s->mult == 1) return false;
    // Post: vague "of dollars".
    if (s->vague) {
      const Phrase* pc2 = nullptr;
      int cl2 = MatchPhrase(t_, k + 1, lex_.currencies, &pc2, IsPostCurrency);
      if (L(k) == "of" && cl2 && pc2->extra.find("word") != std::string::npos) {
        s->cur = pc2->value;
        s->unit_kind = "currency";
        s->unit = pc2->value;
        k += 1 + cl2;
      }
      s->e = k;
      return true;
    }
    if (s->fraction) {
      s->e = k;
      return true;
    }
    int pl = PercentAt(k);
    if (pl) {
      // "percentage points" is a unit of its own, handled below; "% of" stays percent.
      s->unit = "percent";
      s->unit_kind = "percent";
      k += pl;
      s->e = k;
      return true;
    }
    {
      const Phrase* pc2 = nullptr;
      int ck = k;
      // "a 300-euro fine", "a 50-dollar bill": a currency word joined by a hyphen
      if (IsPunct(k, '-') && Attached(k) && Attached(k + 1) && Is(k + 1, TokKind::kWord)) ++ck;
      int cl2 = MatchPhrase(t_, ck, lex_.currencies, &pc2, IsPostCurrency);
      if (cl2 && ck > k && pc2->extra.find("word") == std::string::npos) cl2 = 0;
      if (cl2) {
        bool scaled_only = pc2->extra.find("word_scaled") != std::string::npos;
        bool symbol = pc2->extra.find("symbol") != std::string::npos;
        bool ok = (!scaled_only || s->mult > 1) && (s->cur.empty() || s->cur == pc2->value);
        if (symbol && !Attached(k) && pc2->value != "EUR") ok = ok && false;
        if (ok) {
          s->cur = pc2->value;
          k = ck + cl2;
        }
      }
    }
    if (!s->cur.empty()) {
      s->unit = s->cur;
      s->unit_kind = "currency";
      s->e = k;
      return true;
    }
    // Units: "287 miles", "10W", "a 10-second clip".
    int uk = k;
    bool hyphen = IsPunct(uk, '-') && Attached(uk) && Attached(uk + 1);
    if (hyphen) ++uk;
    const Phrase* pu = nullptr;
    int ul = MatchPhrase(t_, uk, lex_.units, &pu);
    if (ul) {
      bool attached_only = pu->extra == "attached";
      bool ok = !attached_only || (Attached(uk) && !hyphen);
      // The unit must end a word: "5 min" but not "5 mint"; tokens already split on letters.
      if (ok && Is(uk + ul, TokKind::kNumber) && Attached(uk + ul)) ok = false;
      // A lone "in", "pm" etc. never gets here: they are not units in units.tsv.
      if (ok) {
        s->unit = pu->value;
        s->unit_kind = "unit";
        s->hyphen_unit = hyphen;
        k = uk + ul;
      }
    }
    s->e = k;
    return true;
  }

  bool ChangeWordEndsAt(int i) const {
    for (int len = 1; len <= 2; ++len) {
      const Phrase* p = nullptr;
      if (i - len + 1 < 0) break;
      int l = MatchPhrase(t_, i - len + 1, lex_.change_words, &p);
      if (l == len) return true;
    }
    return false;
  }

  // A change word in the clause before token i (up to 8 tokens back, not across , ; : ( or a
  // spaced dash): "rose from X to Y" is a change, "fines from X to Y" a range.
  bool ChangeWordBefore(int i) const {
    // A comma right before may follow a time adjunct of the change: "rose by 40% between
    // 2010 and 2020, from 21,000 to 29,400".
    const bool comma = IsPunct(i - 1, ',');
    for (int k = i - 1 - comma; k >= 0 && k >= i - 8 - 4 * comma; --k) {
      if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, '(') ||
          (IsPunct(k, '-') && t_[k].space_before)) {
        break;
      }
      const Phrase* p = nullptr;
      if (MatchPhrase(t_, k, lex_.change_words, &p) && k + static_cast<int>(p->tokens.size()) <= i) {
        return true;
      }
    }
    return false;
  }

  bool RangeWordBefore(int i) const {
    for (int k = i - 1; k >= std::max(0, i - 3); --k) {
      std::string_view w = L(k);
      if (w == "range" || w == "ranges" || w == "ranging" || w == "ranged" || w == "vary" ||
          w == "varies" || w == "varying" || w == "anywhere" || w == "between") {
        return true;
      }
    }
    return false;
  }

  // Counted noun phrase at k: up to three words, ending at the first plural-looking one.
  // Returns the end token (== k when none).
  int NounPhrase(int k) const {
    int j = k, words = 0, end = k, first_end = k + 1;
    // "eight more picks", "two other employees": a modifier before a noun.
    static constexpr std::string_view kMods[] = {"more", "other", "additional", "extra", "fewer", "new"};
    for (std::string_view m : kMods) {
      if (L(j) == m && Is(j + 1, TokKind::kWord) && !IsFunction(j + 1) &&
          IsPluralish(L(j + 1))) {
        return j + 2;
      }
    }
    while (j < n_ && words < 4) {
      if (!Is(j, TokKind::kWord)) break;
      if (words > 0 && t_[j].space_before == false) break;
      if (IsFunction(j) || F(j).month || Flag(j, kFlagNumberWord)) break;
      if (words == 0 && t_[j].text.size() == 1) {
        // An initialism is one modifier word ("five U.S. territories", "one P&G employee",
        // "90,000 K-1 visas"); a letter alone ("12 C", "a 5 W charger") counts nothing.
        int we = InitialismEnd(j);
        if (we == j + 1) break;
        ++words;
        end = first_end = j = we;
        continue;
      }
      const Phrase* p = nullptr;
      if (MatchPhrase(t_, j, lex_.change_words, &p) && words == 0) break;
      std::string_view w = L(j);
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0) break;
      int we = j + 1;
      // hyphenated compounds: "first-team players", "drug-related arrests"
      while (IsPunct(we, '-') && Attached(we) && Attached(we + 1) && Is(we + 1, TokKind::kWord)) we += 2;
      std::string_view last = L(we - 1);
      ++words;
      end = we;
      if (words == 1) first_end = we;
      j = we;
      if (IsPluralish(last) || AcronymPlural(t_[we - 1].text)) break;
      if (words == 1 && last.size() > 2 && last.compare(last.size() - 2, 2, "ed") == 0) {
        // "8,700 admitted": a participle alone is not a counted noun ("the 53 wounded" is).
        if (!(Is(j, TokKind::kWord) && !IsFunction(j)) && !lex_.counted_participles.count(last)) return k;
      }
    }
    // A phrase that never reached a plural noun keeps only its first word ("one solution"),
    // unless that is a participle: "3,600 developed chronic liver disease" counts no
    // "developed" ("three developed countries" reaches its plural).
    if (words > 1 && !IsPluralish(L(end - 1)) && !AcronymPlural(t_[end - 1].text)) {
      std::string_view f = L(k);
      if (first_end == k + 1 && f.size() > 4 && f.compare(f.size() - 2, 2, "ed") == 0 &&
          f[f.size() - 3] != 'e' && !lex_.counted_participles.count(f))  // (not "speed")
        return k;
      end = first_end;
    }
    return end;
  }

  // End of the initialism starting with the single letter at j: attached letters, digits and
  // ". & -" ("U.S.", "P&G", "K-1", "f---ing"); j + 1 when no letter or digit follows the first.
  int InitialismEnd(int j) const {
    int we = j + 1;
    bool more = false;
    while (we < n_ && Attached(we)) {
      bool joiner = IsPunct(we, '.') || IsPunct(we, '&') || IsPunct(we, '-');
      bool part = Is(we, TokKind::kNumber) ||
                  (Is(we, TokKind::kWord) &&
                   (t_[we].text.size() == 1 || IsPunct(we - 1, '-') || IsPunct(we - 1, '&')));
      if (!joiner && !part) break;
      more = more || part;
      ++we;
    }
    return more ? we : j + 1;
  }

  // A capital unit or currency letter written apart from the number ("12 C", "a 5 W charger",
  // "18 R."): the number is not part of a name, though the letter is not taken as its unit.
  bool SpacedUnitLetter(int k) const {
    if (!Is(k, TokKind::kWord) || t_[k].text.size() != 1) return false;
    if (Attached(k + 1) && !Is(k + 1, TokKind::kPunct)) return false;  // "C$", "R$"
    const Phrase* p = nullptr;
    return MatchPhrase(t_, k, lex_.units, &p) == 1 || MatchPhrase(t_, k, lex_.currencies, &p) == 1;
  }

  bool IsYearLike(const Simple& s) const {
    return s.int_digits == 4 && s.value >= 1800 && s.value <= 2200 && s.mult == 1 &&
           s.sign == 0 && s.unit_kind.empty() && s.cur.empty();
  }

  bool MonthAt(int i) const {
    return Is(i, TokKind::kWord) && StartsUpper(t_[i].text) && F(i).month > 0;
  }

  bool ClockAfter(int k) const {
    const Phrase* p = nullptr;
    if (MatchPhrase(t_, k, lex_.time_phrases, &p, IsClock)) return true;
    return false;
  }

  // 0 = nothing here, 1 = quantity, 2 = rejected (skip to *next).
  int TryAt(int i, ParsedQuantity* q, int* next) const {
    // Phone numbers and other digit groups: "+81 3 1234 5678", "0800 123 4567" (three or
    // more bare groups of digits apart by spaces: no quantity).
    {
      auto digits = [&](int y) {
        if (!Is(y, TokKind::kNumber)) return false;
        for (char c : t_[y].text)
          if (c < '0' || c > '9') return false;
        return true;
      };
      const int x = IsPunct(i, '+') && Attached(i + 1) ? i + 1 : i;
      if (digits(x) && digits(x + 1) && !Attached(x + 1) && digits(x + 2) && !Attached(x + 2)) {
        int y = x + 3;
        while (digits(y) && !Attached(y)) ++y;
        *next = y;
        return 2;
      }
    }
    int j = i;
    std::string bound = "exact";
    const Phrase* pb = nullptr;
    int bl = MatchPhrase(t_, j, lex_.bounds, &pb, IsPreBound);
    if (bl) {
      bound = pb->value;
      j += bl;
    } else if (L(j) == "sub" && IsPunct(j + 1, '-') && Attached(j + 1) && Attached(j + 2) &&
               Is(j + 2, TokKind::kNumber)) {
      bound = "less_than";  // "sub-7 nanometer chips", "sub-300 sq m offices"
      bl = 2;
      j += 2;
    }
    Simple a;
    mult_bound_ = bl > 0;
    bool parsed = ParseSimple(j, &a, true);
    mult_bound_ = false;
    if (!parsed) return 0;
    // "one in five", "1 in 4", "one out of three": a ratio, read as the fraction 1/5.
    if (a.unit_kind.empty() && !a.vague && !a.fraction && a.is_int && a.mult == 1 &&
        a.value >= 1 && a.sign == 0) {
      int bk = -1;
      if (L(a.e) == "in") {
        bk = a.e + 1;
        if (L(bk) == "every") ++bk;  // "1 in every 50 deaths"
      } else if (L(a.e) == "out" && L(a.e + 1) == "of") {
        bk = a.e + 2;
      }
      Simple d;
      if (bk >= 0 && ParseSimple(bk, &d, false) && d.unit_kind.empty() && d.is_int &&
          d.mult == 1 && !d.vague && !d.fraction && !d.multiplier && d.value > a.value &&
          d.value <= 1000 && d.int_digits != 4 &&
          // "nine in 10", "four out of 10": a word count over a round figure
          (d.word == a.word || a.value == 1 || L(a.e) == "out" ||
           d.value == 10 || d.value == 100 || d.value == 1000)) {
        a.value /= d.value;
        a.fraction = a.ratio = true;
        a.is_int = false;
        a.rounding = 1e-9;
        a.core_e = a.e = d.e;
      }
    }
    // A quantity starting with a sign token or currency may be reached only from here.
    int k = a.e;
    bool range = false;
    bool hyphen_joined = false;  // "5,100-12,000", "3-to-1"
    Simple b;
    {
      int ck = k;
      bool conn = false, word_to = false;
      if (IsPunct(ck, '-') && !a.vague) {
        if (L(ck + 1) == "to" && IsPunct(ck + 2, '-')) {
          ck += 3;
        } else {
          ++ck;
        }
        conn = hyphen_joined = true;
      } else if (L(ck) == "to" && !a.vague) {
        ++ck;
        conn = word_to = true;
      } else if (L(ck) == "up" && L(ck + 1) == "to" && L(i - 1) == "from" && !a.vague) {
        ck += 2;  // "sizes from 450 sq ft up to 900 sq ft": a range like "from X to Y"
        conn = word_to = true;
      } else if (L(ck) == "and" && bound == "range") {
        ++ck;
        conn = true;
      }
      if (conn && ParseSimple(ck, &b, false) && !b.vague && !b.fraction && !a.fraction) {
        bool ok = true;
        if (word_to) {
          // "from X to Y" is a change when a change word precedes it ("rose from X to Y"),
          // else a range ("priced from X to Y").
          if (L(i - 1) == "from" && !RangeWordBefore(i - 1) && ChangeWordBefore(i - 1)) ok = false;
          // "rose 5 to 10", "increased by $43.6 billion to $419.2 billion": amount, then level;
          // but "dropped by 1 to 1.5 degrees" is a range (the unit only after the second).
          bool verb = ChangeWordEndsAt(i - 1) || (L(i - 1) == "by" && ChangeWordEndsAt(i - 2));
          if (verb && !(a.unit_kind.empty() && !b.unit_kind.empty())) ok = false;
          if (!a.unit_kind.empty() && a.unit_kind != b.unit_kind) ok = false;
          if (a.unit_kind == "unit" && a.unit != b.unit && !b.unit.empty()) ok = false;
        }
        // "an 80%-10% majority": two figures compared, not a range.
        if (!word_to && IsPunct(ck - 1, '-') && (!a.unit_kind.empty() || !b.unit_kind.empty()) &&
            a.value * a.mult > b.value * b.mult) {
          ok = false;
        }
        if (!word_to && IsPunct(ck - 1, '-')) {
          // "5,100-12,000" or "15 - 22": both sides numbers; "-" never joins a word number.
          // "50 -1.3%" is a number and a signed one.
          if (a.word != b.word) ok = false;
          if (t_[ck - 1].space_before != t_[ck].space_before) ok = false;
        }
        // "in 2018 to 3.9 million": a year is not the low end of a range.
        if (IsYearLike(a) && !IsYearLike(b) && b.int_digits != 4) ok = false;
        if (IsYearLike(b) && !IsYearLike(a) && a.int_digits != 4) ok = false;
        // "49.2 percent to 40 percent for Trump" compares two figures; a range goes upwards.
        if (ok && word_to && a.value * (a.mult > 1 ? a.mult : (b.mult > 1 && a.value <= b.value ? b.mult : 1)) >
                      b.value * b.mult) {
          ok = false;
        }
        if (ok) range = true;
      }
    }
    if (range) {
      if (a.mult == 1 && b.mult > 1 && a.scale_text.empty() && !a.has_sep && a.value < 1000 &&
          a.value <= b.value) {
        a.mult = b.mult;
        a.scale_text = b.scale_text;
      }
      if (a.unit.empty()) {
        a.unit = b.unit;
        a.unit_kind = b.unit_kind;
      }
      if (a.cur.empty()) a.cur = b.cur;
      k = b.e;
    } else if (bound == "range") {
      bound = "exact";
    }
    // "eight or nine euros": the first number shares the second's unit.
    int ork = IsPunct(k, '-') && Attached(k) ? k + 1 : k;  // "a 7- or 8-inch screen"
    if (!range && a.unit_kind.empty() && !a.vague && !a.fraction && L(ork) == "or") {
      Simple o;
      if (ParseSimple(ork + 1, &o, false) && !o.unit_kind.empty() && o.word == a.word) {
        a.unit = o.unit;
        a.unit_kind = o.unit_kind;
        if (a.mult == 1 && o.mult > 1 && a.value < 1000) {
          a.mult = o.mult;
          a.scale_text = o.scale_text;
        }
      }
    }
    // Post-bound.
    int end = k;
    const Phrase* pp = nullptr;
    int pl = MatchPhrase(t_, k, lex_.bounds, &pp, IsPostBound);
    if (pl == 0 && IsPunct(k, '-') && Attached(k) && L(k + 1) == "plus") {
      pl = 2;
      static Phrase plus{{"plus"}, {true}, false, "more_than", "post", 0};
      pp = &plus;
    }
    if (pl && (pp->tokens[0] != "+" || Attached(k)) && bound == "exact") {
      bound = pp->value;
      end = k + pl;
    }
    // "a quarter of a mile", "1/16 of a US pint", "half a litre": a fraction of one unit.
    if (a.fraction && !a.ratio && a.unit_kind.empty() && bound != "range") {
      int k = L(end) == "of" ? end + 1 : end;
      if (L(k) == "a" || L(k) == "an") {
        ++k;
        const Phrase* pu = nullptr;
        int ul = MatchPhrase(t_, k, lex_.units, &pu);
        bool caps = t_.size() > static_cast<size_t>(k) && t_[k].text.size() > 1 &&
                    HasUpperAscii(t_[k].text.substr(1));
        if (!ul && Is(k, TokKind::kWord) && StartsUpper(t_[k].text) && (caps || !IsFunction(k))) {
          ul = MatchPhrase(t_, k + 1, lex_.units, &pu);  // "a US pint"
          if (ul) ++k;
        }
        if (ul && pu->extra != "attached" && !IsTimeUnitName(pu->value)) {
          a.unit = pu->value;
          a.unit_kind = "unit";
          end = k + ul;
        }
      }
    }
    // Counted noun.
    int noun_b = -1, noun_e = -1;
    if (a.unit_kind.empty() || (a.vague && a.unit_kind.empty())) {
      int nk = end;
      if ((a.vague || a.fraction) && L(nk) == "of") {
        ++nk;
        if (IsDeterminer(L(nk)) || L(nk) == "those" || L(nk) == "these") ++nk;  // "a third of those screened"
      } else if (a.fraction && !a.ratio && IsDeterminer(L(nk))) {
        ++nk;  // "half the condos"
      } else if (L(nk) == "of" && !a.vague && !a.fraction && !range &&
                 a.value * a.mult != 1) {
        // "two of the defendants", "35m of its devices", "Two of Johnson's deputies": a part
        // of a group counts the group's noun.
        int k2 = nk + 1;
        if (IsDeterminer(L(k2))) {
          ++k2;
        } else if (Is(k2, TokKind::kWord) && StartsUpper(t_[k2].text)) {
          std::string_view w = L(k2);
          if (w.size() > 2 && w.substr(w.size() - 2) == "'s") {
            ++k2;
          } else if (Is(k2 + 1, TokKind::kPunct) && Attached(k2 + 1) &&
                     (t_[k2 + 1].text == "'" || t_[k2 + 1].text == "\xE2\x80\x99") &&
                     L(k2 + 2) == "s" && Attached(k2 + 2)) {
            k2 += 3;
          } else {
            k2 = -1;
          }
        } else {
          k2 = -1;
        }
        if (k2 > 0) {
          int e2 = NounPhrase(k2);
          if (e2 > k2 && (IsPluralish(L(e2 - 1)) || AcronymPlural(t_[e2 - 1].text))) {
            nk = k2;
          } else if (a.word) {
            // "three of the (previous) four contests": the group's noun after its own number.
            int k3 = k2;
            if (Is(k3, TokKind::kWord) && !IsFunction(k3) && !Flag(k3, kFlagNumberWord)) ++k3;
            Simple g;
            if (ParseCore(k3, &g) && !g.fraction && !g.vague && !g.multiplier) {
              int e3 = NounPhrase(g.core_e);
              if (e3 > g.core_e && IsPluralish(L(e3 - 1))) nk = g.core_e;
            }
          }
        }
      }
      int ne = NounPhrase(nk);
      if (ne == nk && Is(nk, TokKind::kNumber) && !range && !a.vague && !a.fraction) {
        // "eight million 250ml bottles", "three 10-minute breaks": a measure between the
        // number and what it counts.
        Simple m;
        if (ParseSimple(nk, &m, false) && m.unit_kind == "unit" && m.unit != "fold") {
          int e3 = NounPhrase(m.e);
          if (e3 > m.e && IsPluralish(L(e3 - 1))) {
            nk = m.e;
            ne = e3;
          }
        }
      }
      // A lone singular word after a number other than one that reads as a verb or an
      // adjective is not what is counted: "around 73 raising", "40k cheaper than",
      // "50 previous years".
      bool one = !range && a.value * a.mult == 1;
      if (ne == nk + 1 && !one && !a.vague && !a.fraction && !IsPluralish(L(nk))) {
        std::string_view w = L(nk);
        auto ends = [&](std::string_view suf) {
          return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
        };
        if (ends("ing") || ends("ous") || (ends("er") && L(ne) == "than")) ne = nk;
        // ("down from 148.60 late in New York": an adjective of time; the time adverbs,
        // "up from 17 today", are function words in num_function_words.tsv)
        if (w == "late" || w == "early") ne = nk;
      }
      if (ne > nk) {
        noun_b = nk;
        noun_e = ne;
      }
    }
    *next = std::max(end, noun_e);

    // ---- Filters: what is not a quantity.
    int cb = a.core_b, ce = a.core_e;
    int last_core_e = range ? b.core_e : ce;
    int s0 = a.b;  // first token of the number with its currency and sign
    // Numbers glued to letters: "G20", "S23", "COVID-19", "TA-35", "22nd", "1990s", "5G".
    if (a.cur.empty() && a.sign == 0 && Attached(s0) && Is(s0 - 1, TokKind::kWord)) return 2;
    if (a.cur.empty() && Attached(s0) && IsPunct(s0 - 1, '-') && Attached(s0 - 1) &&
        Is(s0 - 2, TokKind::kWord) && s0 - 2 < i) {
      return 2;
    }
    if (a.sign != 0 && Is(s0 - 1, TokKind::kWord) && !IsFunction(s0 - 1) &&
        HasUpperAscii(t_[s0 - 1].text) && s0 - 1 != first_word_ && a.unit_kind.empty()) {
      return 2;  // "COVID -19"
    }
    if (!a.word && Is(a.core_e, TokKind::kWord) && Attached(a.core_e) && a.e == a.core_e) return 2;
    if (!a.word && Is(last_core_e, TokKind::kWord) && Attached(last_core_e) &&
        (range ? b.e == b.core_e : a.e == a.core_e) && a.unit_kind.empty()) {
      return 2;
    }
    // "a five-year award", "a 10-second clip": a duration joined by a hyphen to the noun it
    // describes is an attribute of that noun, not an asserted quantity ("after a five-year,
    // 1.8 billion-mile trip" keeps it).
    if (!range && a.hyphen_unit && IsTimeUnitName(a.unit) && end < n_ &&
        !Is(end, TokKind::kPunct) && L(end) != "of") {
      return 2;
    }
    // Years of an era: "A.D. 1000", "AD 79", "300 BC", "500 B.C.", "1200 CE".
    if (a.unit_kind.empty() && a.mult == 1 && a.is_int && !a.word) {
      auto era_before = [&](int p) {
        return p >= 0 && (t_[p].text == "AD" || t_[p].text == "CE" ||
                          (IsPunct(p, '.') && p >= 3 && t_[p - 1].text == "D" &&
                           IsPunct(p - 2, '.') && t_[p - 3].text == "A"));
      };
      int p = s0 - 1;
      // "between A.D. 1000 and 1260": the second year of a pair shares the era of the first.
      bool era = era_before(p) ||
                 ((L(p) == "and" || L(p) == "to" || IsPunct(p, '-')) &&
                  Is(p - 1, TokKind::kNumber) && era_before(p - 2));
      int x = last_core_e;
      if (x < n_ && (t_[x].text == "BC" || t_[x].text == "BCE" || t_[x].text == "AD" ||
                     t_[x].text == "CE" ||
                     (t_[x].text == "B" && IsPunct(x + 1, '.') && L(x + 2) == "c"))) {
        era = true;
      }
      if (era) return 2;
    }
    // "[538]": a reference mark; "3. EXPERTS DOWNPLAY ...": a list number, not a quantity.
    if (!a.word && a.unit_kind.empty() && a.mult == 1 && !range && bl == 0 && a.sign == 0) {
      if (IsPunct(s0 - 1, '[') && IsPunct(a.e, ']')) return 2;
      if (s0 == first_word_ && a.is_int && IsPunct(a.e, '.') && Attached(a.e) &&
          (a.e + 1 >= n_ || StartsUpper(t_[a.e + 1].text))) {
        return 2;
      }
    }
    // Long digit strings without separators are ids, not amounts ("756642903469031424").
    if (a.int_digits > 10) return 2;
    // Markup attribute values: timestamp="1469635200", width="300".
    if (IsPunct(s0 - 1, '"') && Attached(s0) && IsPunct(s0 - 2, '=') && Attached(s0 - 1)) return 2;
    // "#1", "1.2.3", "9/11", "24/7", "17:22", "1:36.6"
    if (IsPunct(s0 - 1, '#') && Attached(s0)) return 2;
    if ((IsPunct(last_core_e, '.') || IsPunct(last_core_e, ':') || IsSlash(last_core_e)) &&
        Attached(last_core_e) && Is(last_core_e + 1, TokKind::kNumber) && Attached(last_core_e + 1)) {
      *next = last_core_e + 2;
      return 2;
    }
    if ((IsPunct(s0 - 1, ':') || IsSlash(s0 - 1) || IsPunct(s0 - 1, '.') ||
         IsPunct(s0 - 1, '-')) && Attached(s0) &&
        Is(s0 - 2, TokKind::kNumber) && Attached(s0 - 1)) {
      return 2;
    }
    // Clock times: "2.15pm", "11 a.m.", "17:22 GMT".
    if (!a.word && a.unit_kind.empty() && ClockAfter(last_core_e)) return 2;
    // Dates: "May 14", "Feb. 21", "14 May", "1 September 2019".
    if (!a.word && a.unit_kind.empty() && a.mult == 1) {
      int p = cb - 1;
      if (IsPunct(p, '.') && Attached(p)) --p;
      if (MonthAt(p) || MonthAt(last_core_e) ||
          (L(last_core_e) == "of" && MonthAt(last_core_e + 1))) {
        return 2;
      }
    }
    // Years used as dates, year ranges, fiscal years ("2012-13").
    if (IsYearLike(a)) {
      bool keep = (bound != "exact" && bound != "range" && noun_b >= 0 && !range);
      if (range && !b.unit_kind.empty()) keep = true;
      if (!keep) return 2;
    }
    // "between 1600 and 1900" are years, even before a noun ("... 1900 world temperatures").
    if (range && IsYearLike(b) && a.unit_kind.empty()) return 2;
    // Years before 1800 after a date preposition: "in 1776", "the Constitution of 1780",
    // "from 1600 to 1750"; "in 1500 cases" counts something.
    {
      auto year4 = [](const Simple& x) {
        return x.int_digits == 4 && x.value >= 1000 && x.value <= 2200 && x.mult == 1 &&
               x.sign == 0 && x.unit_kind.empty();
      };
      std::string_view p = L(s0 - 1);
      // "of" only after a name ("the Act of 1707"; "an average of 1500" is an amount)
      bool date_prep = p == "in" || p == "since" || p == "from" || p == "until" || p == "till" ||
                       p == "before" || p == "after" || p == "circa" ||
                       (p == "of" && Is(s0 - 2, TokKind::kWord) && StartsUpper(t_[s0 - 2].text)) ||
                       (p == "to" && L(s0 - 3) == "from" && Is(s0 - 2, TokKind::kNumber) &&
                        t_[s0 - 2].text.size() == 4) ||  // "grew from 1600 to 1750"
                       (range && bound == "range");
      bool counted = noun_b >= 0 && IsPluralish(L(noun_e - 1));
      if (date_prep && !counted && year4(a) && (!range || year4(b)) && bl <= 1) return 2;
    }
    // A hyphenated pair going down is a score, record or ratio, not a range: "won 216-146",
    // "by nearly 3-to-1", "leads 543-44 among superdelegates".
    if (range && hyphen_joined && a.unit_kind.empty() && b.unit_kind.empty() &&
        a.value * a.mult > b.value * b.mult) {
      *next = b.e;
      return 2;
    }
    // Scores and phone numbers: "2-1", "9-2 lead", "555-1234", "020-7946-0958".
    if (range && IsPunct(b.b - 1, '-') && a.unit_kind.empty() && a.mult == 1) {
      bool small = a.is_int && b.is_int && a.value < 100 && b.value < 100 && !a.has_sep && !b.has_sep;
      // "2-1", "a 9-2 lead": small integers joined by a bare hyphen are scores.
      if (small && bound == "exact" && (noun_b < 0 || !IsPluralish(L(noun_e - 1)))) return 2;
      // "555-1234", "2345-6789" are phone numbers; "100 - 1000 g" (spaced) and "1000-5000"
      // (round figures, no leading zero) are ranges.
      bool round = std::fmod(a.value, 10) == 0 && std::fmod(b.value, 10) == 0 &&
                   t_[a.core_b].text[0] != '0';
      if (a.int_digits >= 3 && b.int_digits >= 4 && noun_b < 0 && !t_[b.b - 1].space_before &&
          !t_[b.b].space_before && !round) {
        return 2;
      }
      if (IsPunct(b.core_e, '-') && Attached(b.core_e) && Is(b.core_e + 1, TokKind::kNumber)) {
        *next = b.core_e + 2;
        return 2;
      }
    }
    // Ages: "45-year-old", "50 year-old", "10 years old", "aged 25".
    {
      // [-]year[s]{-old, old, -olds} at x; returns the token after it (0 = none).
      auto age_at = [&](int x) {
        if (IsPunct(x, '-')) ++x;
        if (L(x) != "year" && L(x) != "years") return 0;
        if (IsPunct(x + 1, '-') && (L(x + 2) == "old" || L(x + 2) == "olds")) return x + 3;
        return L(x + 1) == "old" ? x + 2 : 0;
      };
      if (int after = age_at(last_core_e)) {
        *next = after;
        return 2;
      }
      int x = last_core_e;
      if (IsPunct(x, '-')) ++x;
      // The low end of a range of ages: "a 200,000 to-260,000 year-old skull", "10- to
      // 12-year-olds" (no range is parsed across the stray hyphen).
      if (!range && (L(x) == "to" || IsPunct(x, '-'))) {
        int y = x + 1;
        if (IsPunct(y, '-') && Attached(y)) ++y;
        if (Is(y, TokKind::kNumber) && age_at(y + 1)) return 2;
      }
      if (L(x) == "years" && L(x + 1) == "of" && L(x + 2) == "age") return 2;
      if (L(i - 1) == "aged" || L(i - 1) == "age" || L(i - 1) == "ages") return 2;
      // "Jane Doe, 45, said": a bare number between commas after a name.
      // "... and James, 43." at the end of the sentence too.
      if (!range && a.unit_kind.empty() && noun_b < 0 && IsPunct(i - 1, ',') &&
          Is(i - 2, TokKind::kWord) && StartsUpper(t_[i - 2].text) &&
          (IsPunct(end, ',') || IsPunct(end, ';') || (IsPunct(end, '.') && end + 1 == n_)) &&
          a.is_int && a.value < 120 && !a.word) {
        return 2;
      }
    }
    // Names and references: "page 12", "Section 427", "Model 3", "S&P 500", "Stoxx 600".
    if (a.cur.empty() && a.unit_kind.empty() && a.mult == 1 && !a.word) {
      int p = s0 - 1;
      if (IsPunct(p, '.') && Attached(p) && Flag(p - 1, kFlagNameBeforeDot)) return 2;
      if (Flag(p, kFlagNameBefore)) return 2;
      if (bl == 0 && Is(p, TokKind::kWord) && HasUpperAscii(t_[p].text) && p != first_word_ &&
          !IsFunction(p) && !F(p).month && !Flag(p, kFlagNumberWord) && !Flag(p, kFlagWeekday)) {
        return 2;
      }
      // "10 Downing Street"
      int x = last_core_e, caps = 0;
      while (caps < 3 && Is(x, TokKind::kWord) && StartsUpper(t_[x].text)) {
        if (Flag(x, kFlagStreet) && caps > 0) return 2;
        ++caps;
        ++x;
      }
    }
    // "two new 737 Max jets": a count word before the number makes it part of the name even
    // when a plural noun follows.
    auto count_word = [&](int k) { return Is(k, TokKind::kWord) && Flag(k, kFlagNumberWord); };
    bool counted_before = count_word(s0 - 1) ||
                          (Is(s0 - 1, TokKind::kWord) && !IsFunction(s0 - 1) &&
                           !StartsUpper(t_[s0 - 1].text) && count_word(s0 - 2));
    if (!a.word && a.unit_kind.empty() && a.mult == 1 && !range && !a.has_sep && bl == 0 && a.is_int &&
        Is(last_core_e, TokKind::kWord) && StartsUpper(t_[last_core_e].text) &&
        !(!counted_before && noun_b >= 0 && ((IsPluralish(L(noun_e - 1)) &&
                            (!StartsUpper(t_[noun_e - 1].text) || CapitalPlural(L(noun_e - 1)))) ||
                           AcronymPlural(t_[noun_e - 1].text))) &&
        !F(last_core_e).month &&
        !IsFunction(last_core_e) && !SpacedUnitLetter(last_core_e)) {
      return 2;  // "787 Dreamliner", "90049 ZIP Code", "9 E 71st St"
    }
    if (!a.word && a.unit_kind.empty() && a.mult == 1 && !range && IsPunct(s0 - 1, '(') &&
        IsPunct(a.e, ')') && bl == 0) {
      return 2;  // "Dak Prescott (4)", list markers "(2)"
    }
    // List markers "2) realizes ..., 3) lets ...": a small number closed by ")" with no "(".
    if (!a.word && a.unit_kind.empty() && a.mult == 1 && !range && bl == 0 && a.is_int &&
        a.value < 100 && IsPunct(a.e, ')') && Attached(a.e) && !IsPunct(s0 - 1, '(')) {
      bool open = false;
      for (int x = s0 - 1; x >= 0 && x >= s0 - 12 && !open; --x) open = IsPunct(x, '(');
      if (!open) return 2;
    }
    if (a.word && StartsUpper(t_[cb].text) && cb != first_word_ && Is(cb - 1, TokKind::kWord) &&
        StartsUpper(t_[cb - 1].text) && !IsFunction(cb - 1)) {
      return 2;  // "Kick Six", "Fantastic Four"
    }
    // "One Nation", "Three Rivers": a capitalised number word inside a sentence before a
    // capitalised noun is a name.
    if (a.word && !range && !a.fraction && StartsUpper(t_[cb].text) && cb != first_word_ && noun_b >= 0 &&
        StartsUpper(t_[noun_b].text) && StartsUpper(t_[noun_e - 1].text))
      return 2;
    // "CBS's 60 Minutes", "48 Hours": a capitalised time word inside a sentence, with no
    // capitalised word after it, is a title (unit symbols are capitalised by right: "120Hz").
    static const std::array<std::string_view, 6> kTimeWords = {"minutes", "hours", "days",
                                                               "weeks", "months", "years"};
    if (!a.word && a.unit_kind == "unit" && a.cur.empty() && !range && bl == 0 && s0 != first_word_ &&
        Is(last_core_e, TokKind::kWord) && StartsUpper(t_[last_core_e].text) &&
        std::find(kTimeWords.begin(), kTimeWords.end(), L(last_core_e)) != kTimeWords.end() &&
        !(Is(last_core_e + 1, TokKind::kWord) && StartsUpper(t_[last_core_e + 1].text)))
      return 2;
    if (a.word && a.value == 1 && a.unit == "point") return 2;  // "at one point"
    // Word numbers need something counted: "two defendants", not "one of", "no one".
    if (a.word && !range && a.unit_kind.empty() && !a.vague && !a.fraction) {
      // (but a level compared with: "four return trips a day, down from nine in 2015")
      const bool level_from = L(i - 1) == "from" && (L(i - 2) == "up" || L(i - 2) == "down") && a.value > 1;
      if (noun_b < 0 && a.mult == 1 && !level_from) return 2;
      std::string_view prev = L(i - 1);
      if (a.value == 1 && !a.fraction &&
          (prev == "no" || prev == "the" || prev == "this" || prev == "that" || prev == "any" ||
           prev == "every" || prev == "each" || prev == "which" || prev == "another")) {
        return 2;
      }
      if (IsPunct(a.core_e, '-') && Attached(a.core_e)) {
        // "one-time", "two-thirds" handled: a hyphenated word compound stays (e.g. "three-course meal").
      }
    }
    // "grew by almost a fifth", "cut by half": a fraction after "by" is a relative change;
    // so is one after a change noun and "of" ("a drop of three-quarters"). A share with
    // its bound before a verb counts what the sentence is about: "Fewer than half had
    // found other jobs", "about a third said".
    const std::string_view after = L(a.core_e);
    const bool by_fraction =
        a.fraction &&
        ((i > 0 && L(i - 1) == "by") || (i > 1 && L(i - 1) == "of" && ChangeWordEndsAt(i - 2)) ||
         (bl > 0 && bound != "exact" &&
          (after == "had" || after == "have" || after == "were" || after == "was" || after == "said" ||
           after == "say" || after == "are" || after == "is")));
    if (a.fraction && !a.ratio && a.unit_kind != "unit" && !by_fraction &&
        ((noun_b < 0 && L(a.core_e) != "of") || L(i - 1) == "in" ||
         (L(a.core_e) != "of" && !IsDeterminer(L(a.core_e))))) {
      return 2;  // "tore it in half", "half-staff"
    }
    if (a.vague && noun_b < 0 && a.unit_kind.empty() && L(a.core_e) != "of" &&
        !IsFunction(a.core_e)) {
      // "tens of thousands." is fine; a vague word must have had its "of".
    }

    // ---- Fill the quantity.
    q->tok_begin = i;
    q->tok_end = end;
    q->num_begin = cb;
    q->num_end = range ? b.core_e : a.core_e;
    q->start = t_[i].start;
    q->end = t_[end - 1].end;
    q->scale_text = a.scale_text;
    q->sign = a.sign;
    q->vague = a.vague;
    q->fraction = a.fraction;
    q->ratio = a.ratio;
    q->word_number = a.word;
    double sa = a.sign < 0 ? -1 : 1;
    if (a.vague) {
      q->value = a.value;
      q->low = a.value;
      q->high = a.high;
      q->bound = "at_least";
      q->rounding = 0;
    } else if (range) {
      double sb = b.sign < 0 ? -1 : 1;
      q->low = sa * a.value * a.mult;
      q->high = sb * b.value * b.mult;
      q->bound = bound == "approx" ? "approx" : "range";
      q->rounding = std::max(a.rounding * a.mult, b.rounding * b.mult);
    } else {
      q->value = sa * a.value * a.mult;
      q->bound = bound;
      q->rounding = a.rounding * a.mult;
    }
    q->unit = a.unit;
    q->unit_kind = a.unit_kind;
    // "a 4% rise over two years", "fell 10 percent over five years": after a change word
    // or a percentage, "over" and a span of time give the period of the change, not a
    // bound ("over 38,990 people", "for over two years" stay more than).
    if (bl == 1 && !range && q->bound == "more_than" && i > 0 && L(i) == "over" &&
        (q->unit == "year" || q->unit == "month" || q->unit == "week" || q->unit == "day" ||
         q->unit == "decade")) {
      const Phrase* cp = nullptr;
      // (Also right after an amount: "investing £7.5 billion over two years", "spent
      // 200,000 over three years".)
      const bool after_amount = i > 0 && (Is(i - 1, TokKind::kNumber) ||
                                          (Flag(i - 1, kFlagScale) && F(i - 1).scale.kind == ScaleKind::kWord));
      if (after_amount || PercentAt(i - 1) == 1 || PercentAt(i - 2) == 2 || PercentAt(i - 3) == 3 ||
          numeric::MatchPhrase(t_, i - 1, lex_.change_words, &cp) == 1) {
        q->bound = "exact";
        q->tok_begin = i + 1;  // the quantity is the span alone
        q->start = t_[i + 1].start;
      }
    }
    if (noun_b >= 0) {
      q->noun_begin = noun_b;
      q->noun_end = noun_e;
      if (q->unit_kind.empty() && !a.fraction) {
        std::string np;
        for (int x = noun_b; x < noun_e; ++x) {
          if (x > noun_b && t_[x].space_before) np += ' ';
          np += t_[x].text;
        }
        q->unit = np;
        q->unit_kind = "count";
        // "three times the seasonal average", "10 times more", "five times as many": a
        // multiplier ("mentioned it 44 times" stays a count of times).
        if (np == "times" || np == "Times") {
          std::string_view nx = L(noun_e);
          if (nx == "the" || nx == "as" || nx == "more" || nx == "higher" || nx == "larger" || nx == "greater" ||
              nx == "bigger" || nx == "faster" || nx == "that" || nx == "what" || nx == "less" || nx == "lower") {
            q->unit = "fold";
            q->unit_kind = "unit";
            q->tok_end = noun_e;  // the quantity is "three times"
            q->end = t_[noun_e - 1].end;
            q->noun_begin = q->noun_end = -1;
          }
        }
        // "45 deaths per 100,000 people", "12 cases per 1,000 live births": a rate, one
        // quantity with the base in its unit (not a second quantity of 100,000 people).
        int x = std::max(q->tok_end, noun_e);
        if (q->unit_kind == "count" && L(x) == "per" && Is(x + 1, TokKind::kNumber)) {
          int y = x + 2;
          while (Is(y, TokKind::kNumber) && !t_[y].space_before) ++y;  // (split digit groups)
          if (Flag(y, kFlagScale) && F(y).scale.kind == ScaleKind::kWord) ++y;
          int z = y;
          while (z < n_ && z - y < 2 && Is(z, TokKind::kWord) && !IsFunction(z) && !Flag(z, kFlagScale)) ++z;
          std::string rate = q->unit + " per";
          for (int w = x + 1; w < z; ++w) {
            if (t_[w].space_before || w == x + 1) rate += ' ';
            rate += t_[w].text;
          }
          q->unit = rate;
          q->tok_end = z;
          q->end = t_[z - 1].end;
        }
      }
    }
    return 1;
  }

  const std::vector<Tok>& t_;
  const NumericLexicon& lex_;
  int n_;
  int first_word_ = 0;
  mutable bool mult_bound_ = false;  // a bound word precedes the number being parsed
  mutable int url_b_ = 0, url_e_ = 0;  // InUrl's last chunk [url_b_, url_e_) and its answer
  mutable bool url_ = false;
};

}  // namespace

std::vector<ParsedQuantity> ParseQuantities(const std::vector<Tok>& toks, const NumericLexicon& lex) {
  return Parser(toks, lex).Run();
}

}  // namespace claimkit::numeric
