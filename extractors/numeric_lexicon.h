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

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimkit/status.h"

namespace claimkit::numeric {

enum class WordKind { kUnit, kTeen, kTens, kHundred, kDozen, kFraction, kVague };

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
  std::string value;   // bound name, currency code, canonical unit, direction, time kind
  std::string extra;   // position (pre/post/both), currency kind, unit attach, factor, time value
  int line = 0;
};

// Phrases indexed by their first token (lower-cased), longest first.
class PhraseTable {
 public:
  void Add(Phrase p);
  void Finish();  // sorts each bucket longest first
  const std::vector<Phrase>* Bucket(const std::string& first_lower) const;
  size_t size() const { return n_; }
  std::vector<std::string> FirstTokens() const;  // lower-cased

 private:
  std::unordered_map<std::string, std::vector<Phrase>> by_first_;
  size_t n_ = 0;
};

struct NumericLexicon {
  std::unordered_map<std::string, NumberWord> number_words;  // lower-case word
  std::unordered_map<std::string, ScaleWord> scales;         // lower-case word
  PhraseTable bounds;        // value = bound, extra = pre/post
  PhraseTable currencies;    // value = ISO code, extra = "pre|symbol" etc. (position|kind)
  PhraseTable units;         // value = canonical, extra = attached/any
  PhraseTable change_words;  // value = up/down, extra = factor ("" or "2")
  PhraseTable time_phrases;  // value = kind (rel_pub, rel_prev, season, clock), extra = offset
  std::unordered_map<std::string, int> months;    // lower-case name -> 1..12
  std::unordered_set<std::string> weekdays;
  std::unordered_set<std::string> clock_words;    // single-token clock markers: am, pm, gmt
  std::unordered_set<std::string> function_words;
  std::unordered_set<std::string> name_before;    // "page", "section", "model"
  std::unordered_set<std::string> street_words;   // "street", "road"
  std::vector<std::string> currency_symbols;      // non-ASCII symbols, for the tokenizer
  // Lower-cased words that can begin a quantity (number words, first words of bounds and
  // currencies, "a", "minus", "sub"): the parser skips other words with one lookup.
  std::unordered_set<std::string> starters;

  // Loads the embedded (or CLAIMKIT_DATA_DIR) data files.
  static Result<NumericLexicon> Load();
  // Builds from given file contents keyed by file name; missing files count as empty.
  static Result<NumericLexicon> FromContents(const std::map<std::string, std::string>& files);
};

}  // namespace claimkit::numeric

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_LEXICON_H_
