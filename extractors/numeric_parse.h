// Finding quantities in one sentence: tokens, numbers, bounds, scales, units, ranges.
//
//   std::string lower;  // must outlive toks
//   std::vector<Tok> toks = Tokenize(sentence_view_text, sentence_view_start, lex, &lower);
//   std::vector<ParsedQuantity> qs = ParseQuantities(toks, lex);
//   // "about 17,000 a year later" -> value 17000, bound approx, text "about 17,000"
//
// Pure functions over a lexicon: no document, no pipeline. Offsets are those of the text given
// to Tokenize plus `base` (the extractor passes normalised-view offsets and maps them back).
//
// Besides digits, words, scales and ranges: fractions ("a third of", "3/4 of a cup", "one in
// five" = 0.2), factors ("twice as many", "sixfold", "3-fold": unit "fold"), scientific
// notation ("2.998x10^8"), a bracketed conversion keeping the bound of the figure before it
// ("more than 100 km (60 miles)": both more_than).
//
// What is not a quantity (dropped here): dates ("May 14", "14 May"), years used as dates
// ("in 2016", "in 1776", "A.D. 1000", "300 BC"), clock times ("2.15pm", "17:22"), fiscal years
// ("2012-13"), scores, records and ratios ("2-1", "216-146", "by 3-to-1": a hyphenated pair
// going down), ordinals ("22nd"), ages ("45-year-old", "aged 25", "James, 43."), numbers in
// names and references ("COVID-19", "G20", "S&P 500", "the sp 500", "Model 3", "two 737 Max
// jets", "page 12", "10 Downing Street", "[538]", list numbers "3. EXPERTS ..." and "2) ..."),
// durations that describe a noun ("a five-year award"), phone numbers ("555-1234"; "1000-5000"
// is a range), numbers inside URLs, e-mail addresses and markup attributes (timestamp="...").
//
// Cost: the tokenizer looks each token up once (TokenFacts); the parser tries a position only
// when a digit or number word follows within a few tokens.
#ifndef CLAIMKIT_EXTRACTORS_NUMERIC_PARSE_H_
#define CLAIMKIT_EXTRACTORS_NUMERIC_PARSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/numeric_lexicon.h"

namespace claimkit::numeric {

enum class TokKind { kWord, kNumber, kPunct, kSymbol };

struct Tok {
  uint32_t start = 0, end = 0;  // byte offsets (+ base)
  TokKind kind = TokKind::kWord;
  bool space_before = true;     // whitespace (or the start) before this token
  char punct = 0;               // the character of a one-byte kPunct token, else 0
  LiteralEqView text;           // as written (a view of the tokenized text)
  LiteralEqView lower;          // ASCII-lower-cased (a view of Tokenize's `lower` buffer)
  const TokenFacts* f = nullptr;  // the lexicon's facts on `lower` (never null from Tokenize)
};

// Words are runs of letters (with inner apostrophes: "o'clock"); numbers are digit runs with
// thousands separators (",", "'", a space before exactly three digits: "816 000") and one
// decimal part; `symbols` (currency signs, "°") are single tokens; everything else is one
// punctuation character per token. `*lower` receives the lower-cased text; the tokens view it
// and `text`, so both must outlive them. This form leaves every token's facts empty.
std::vector<Tok> Tokenize(std::string_view text, uint32_t base,
                          const std::vector<std::string>& symbols, std::string* lower);
// The same with the lexicon's symbols, and each token's facts looked up once.
std::vector<Tok> Tokenize(std::string_view text, uint32_t base, const NumericLexicon& lex,
                          std::string* lower);
// The same into *out (cleared first), so that one vector serves a whole document.
void Tokenize(std::string_view text, uint32_t base, const NumericLexicon& lex, std::string* lower,
              std::vector<Tok>* out);

// Value of a digit token: "10,000" -> 10000, "1'000" -> 1000, ".5" -> 0.5.
double DigitValue(std::string_view digits);

// The canonical time units (units.tsv): second, minute, hour, day, week, month, year,
// decade, century. Quantities in them are durations.
bool IsTimeUnitName(std::string_view u);

struct ParsedQuantity {
  int tok_begin = 0, tok_end = 0;   // tokens of the quantity text (bound words .. unit)
  int num_begin = 0, num_end = 0;   // tokens of the number(s) and scale
  uint32_t start = 0, end = 0;      // offsets of the quantity text
  std::optional<double> value;      // null for ranges
  std::optional<double> low, high;  // ranges and vague magnitudes
  std::string bound = "exact";      // exact approx more_than less_than at_least at_most range
  LiteralEqString unit;             // "" = none; "percent", ISO code, canonical unit, counted noun
  LiteralEqString unit_kind;        // "", "percent", "currency", "unit", "count"
  std::string scale_text;           // "million", "bn"
  int noun_begin = -1, noun_end = -1;  // counted noun phrase (unit_kind "count", or "of" phrase)
  int sign = 0;                     // explicit sign: +1 "+0.2%", -1 "-1.3%", 0 none
  bool vague = false;               // "dozens of", "tens of billions"
  bool fraction = false;            // "a third of", "3/4 of", "one in five"
  bool ratio = false;               // "one in five" (value 0.2; the noun after is counted)
  bool word_number = false;         // written in words ("fifty-one")
  double rounding = 0.5;            // half the unit of the last printed digit, times the scale
};

// All quantities of one sentence, in text order, not overlapping.
std::vector<ParsedQuantity> ParseQuantities(const std::vector<Tok>& toks,
                                            const NumericLexicon& lex);

// Longest phrase of `table` starting at token i (case per phrase); returns its length in
// tokens (0 = none) and the phrase. `pred` filters candidates (may be null).
int MatchPhrase(const std::vector<Tok>& toks, int i, const PhraseTable& table,
                const Phrase** out, bool (*pred)(const Phrase&) = nullptr);

}  // namespace claimkit::numeric

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_PARSE_H_
