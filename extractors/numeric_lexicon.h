// Lexicons of the numeric extractor, loaded once from data/*.tsv.
//
//   Result<NumericLexicon> lex = NumericLexicon::Load();   // embedded data files
//   Result<NumericLexicon> t = NumericLexicon::FromContents({{"units.tsv", "..."}, ...});
//
// Files (each documents its columns in its header comment): number_words.tsv, scales.tsv,
// bounds.tsv, currencies.tsv, units.tsv, change_verbs.tsv, time_words.tsv,
// num_function_words.tsv, num_name_contexts.tsv. Loading fails with "units.tsv:42: ..." on a
// malformed row (unknown kind, bad number, duplicate entry).
//
// Multi-word entries ("more than", "miles per hour", "US $") are stored as token sequences in
// the numeric tokenizer's terms (numeric_parse.h), so matching is a token comparison.
#ifndef CLAIMKIT_EXTRACTORS_NUMERIC_LEXICON_H_
#define CLAIMKIT_EXTRACTORS_NUMERIC_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimkit/status.h"
#include "extractors/text_eq.h"

namespace claimkit::numeric {

enum class WordKind { kUnit, kTeen, kTens, kHundred, kDozen, kFraction, kVague, kMultiplier };

struct NumberWord {
  double value = 0;
  double high = 0;  // vague only
  WordKind kind = WordKind::kUnit;
};

enum class ScaleKind { kWord, kAbbrev, kLetter };

struct ScaleWord {
  double multiplier = 1;
  ScaleKind kind = ScaleKind::kWord;
};

// A phrase of one or more tokens, with what it means. `tokens` are the texts of the phrase's
// tokens (lower-cased unless case_sensitive).
struct Phrase {
  std::vector<std::string> tokens;
  std::vector<bool> spaced;  // spaced[k]: the phrase has a space before token k ("US $" vs "US$")
  bool case_sensitive = false;
  LiteralEqString value;  // bound name, currency code, canonical unit, direction, time kind
  LiteralEqString extra;  // position (pre/post/both), currency kind, unit attach, factor, time value
  int line = 0;
};

// Hash for string keys that also takes string_view lookups (no std::string built per lookup).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// The phrase tables of a lexicon; a token's facts hold one bucket per table.
enum PhraseSlot { kSlotBounds, kSlotCurrencies, kSlotUnits, kSlotChange, kSlotTime, kNumSlots };

// Phrases indexed by their first token (lower-cased), longest first.
class PhraseTable {
 public:
  explicit PhraseTable(PhraseSlot slot) : slot_(slot) {}
  void Add(Phrase p);
  void Finish();  // sorts each bucket longest first
  const std::vector<Phrase>* Bucket(std::string_view first_lower) const;
  // Bucket by number (see TokenFacts::bucket); -1 = none.
  int BucketIndex(std::string_view first_lower) const;
  const std::vector<Phrase>& BucketAt(int index) const { return buckets_[index]; }
  PhraseSlot slot() const { return slot_; }
  size_t size() const { return n_; }
  std::vector<std::string> FirstTokens() const;  // lower-cased

 private:
  PhraseSlot slot_;
  StringMap<int> index_;
  std::vector<std::vector<Phrase>> buckets_;
  size_t n_ = 0;
};

// What the lexicons say about one lower-cased token text, looked up once per token by the
// tokenizer so that the parser never hashes a string again.
enum TokenFlag : uint32_t {
  kFlagStarter = 1u << 0,      // can begin a quantity (number word, bound, currency, "a")
  kFlagFunction = 1u << 1,     // num_function_words.tsv
  kFlagNameBefore = 1u << 2,   // "page", "model": a number after it is a reference
  kFlagNameBeforeDot = 1u << 3,  // "no" of "No. 5"
  kFlagStreet = 1u << 4,       // "street", "road"
  kFlagWeekday = 1u << 5,
  kFlagNumberWord = 1u << 6,   // `number` is set
  kFlagScale = 1u << 7,        // `scale` is set
};

struct TokenFacts {
  uint32_t flags = 0;
  int month = 0;    // 1..12 for a month name
  int weekday = 0;  // 1..7 (Monday..Sunday) for a day name
  NumberWord number;
  ScaleWord scale;
  int bucket[kNumSlots] = {-1, -1, -1, -1, -1};  // phrase-table bucket by PhraseSlot
};

struct NumericLexicon {
  StringMap<NumberWord> number_words;  // lower-case word
  StringMap<ScaleWord> scales;         // lower-case word
  PhraseTable bounds{kSlotBounds};           // value = bound, extra = pre/post
  PhraseTable currencies{kSlotCurrencies};   // value = ISO code, extra = "pre|symbol" etc.
  PhraseTable units{kSlotUnits};             // value = canonical, extra = attached/any
  PhraseTable change_words{kSlotChange};     // value = up/down, extra = factor ("" or "2")
  PhraseTable time_phrases{kSlotTime};  // value = kind (rel_pub, rel_prev, season, clock)
  StringMap<int> months;                // lower-case name -> 1..12
  StringMap<int> weekdays;              // lower-case name -> 1..7 (Monday..Sunday)
  StringSet clock_words;                // single-token clock markers: am, pm, gmt
  StringSet function_words;
  StringSet counted_participles;        // "the 53 wounded": -ed words that count people
  StringSet name_before;                // "page", "section", "model"
  StringSet street_words;               // "street", "road"
  std::vector<std::string> currency_symbols;  // non-ASCII symbols, for the tokenizer
  // Lower-cased words that can begin a quantity (number words, first words of bounds and
  // currencies, "a", "minus", "sub"): the parser skips other words with one flag test.
  StringSet starters;
  // Everything above by lower-cased token text (built by BuildFacts); Facts() of an unknown
  // text is an empty record. An open-addressing table with an inlined hash: one probe per
  // token on average, no allocation (the tokenizer calls it for every word).
  std::vector<TokenFacts> facts;
  std::vector<std::string> fact_keys;  // parallel to facts
  // A slot holds its key's fingerprint and length (which together are the key itself for
  // keys under 8 bytes: no string comparison) and an index into facts (-1: empty).
  struct FactSlot {
    uint64_t fp = 0;
    uint32_t len = 0;
    int32_t index = -1;
  };
  std::vector<FactSlot> fact_slots;  // power-of-two size
  int fact_shift = 64;               // 64 - log2(fact_slots.size())
  size_t fact_max_len = 0;
  TokenFacts single_char[128];  // facts of one-byte tokens ("$", "%", "-"): no hashing
  const TokenFacts* Facts(std::string_view lower) const {
    static const TokenFacts kNone;
    const size_t n = lower.size();
    if (n == 1 && static_cast<unsigned char>(lower[0]) < 128) {
      return &single_char[static_cast<unsigned char>(lower[0])];
    }
    if (n > fact_max_len || fact_slots.empty()) return &kNone;
    const uint64_t fp = FactFingerprint(lower);
    const size_t mask = fact_slots.size() - 1;
    for (size_t i = FactSlotOf(fp, n);; i = (i + 1) & mask) {
      const FactSlot& s = fact_slots[i];
      if (s.index < 0) return &kNone;
      if (s.fp == fp && s.len == n && (n < 8 || fact_keys[s.index] == lower)) {
        return &facts[s.index];
      }
    }
  }
  // The bytes of a key under 8 bytes as one number (two overlapping 4-byte loads, or three
  // single bytes: with the length, exactly the key); a multiplicative hash of 8-byte words for
  // longer keys.
  static uint64_t FactFingerprint(std::string_view s) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    const size_t n = s.size();
    if (n >= 8) {
      uint64_t h = n * kMul;
      size_t i = 0;
      for (; i + 8 < n; i += 8) h = (h ^ Load64(p + i)) * kMul;
      return (h ^ Load64(p + n - 8)) * kMul;
    }
    if (n >= 4) return uint64_t{Load32(p)} << 32 | Load32(p + n - 4);
    if (n > 0) {
      return uint64_t{static_cast<unsigned char>(p[0])} << 16 |
             uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 | static_cast<unsigned char>(p[n - 1]);
    }
    return 0;
  }
  size_t FactSlotOf(uint64_t fp, size_t len) const {
    return static_cast<size_t>(((fp + len) * 0x9E3779B97F4A7C15ull) >> fact_shift);
  }
  static uint64_t Load64(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static uint32_t Load32(const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  }
  void BuildFacts();
  // Could `text` hold a quantity? False only when it has no digit and no number or scale word
  // ("one", "dozens", "half", "million"): every quantity needs one of those. A byte scan with a
  // lookup only for words whose length, first and last letter some number word has.
  bool MayHoldQuantity(std::string_view text) const;
  // By first and last letter (the low five bits of an ASCII letter, 1..26 for either case:
  // first * 32 + last), bit `len` set for each number or scale word of that shape under 32
  // letters; any_shape: some number word is not a plain a-z word (no shortcut then).
  uint32_t number_word_lengths[32 * 32] = {};
  bool any_shape = false;

  // Loads the embedded (or CLAIMKIT_DATA_DIR) data files.
  static Result<NumericLexicon> Load();
  // Builds from given file contents keyed by file name; missing files count as empty.
  static Result<NumericLexicon> FromContents(const std::map<std::string, std::string>& files);
};

}  // namespace claimkit::numeric

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_LEXICON_H_
