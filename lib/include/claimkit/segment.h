// Sentences and tokens.
//
// Sentence boundaries come from ICU's sentence BreakIterator, corrected by rules
// for news text (abbreviations and titles from data/abbreviations.tsv, initials,
// quotes closing after the full stop, ellipses, numbered lists, decimals,
// bracketed insertions, headlines without final punctuation). Sentences never
// cross paragraph boundaries.
//
// Tokens keep news patterns whole: "10,000", "5,100-12,000", "US$1.5bn", "78%",
// "co-operate", URLs, e-mails, @handles; "[want to]" is '[' + words + ']'.
#ifndef CLAIMKIT_SEGMENT_H_
#define CLAIMKIT_SEGMENT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "claimkit/normalize.h"
#include "claimkit/span.h"
#include "claimkit/structure.h"

namespace claimkit {

struct Sentence {
  Span span;          // original bytes, trimmed
  Span view;          // in the normalised view
  int paragraph = 0;  // index into Structure::paragraphs
};

enum class TokenType {
  kWord, kNumber, kPunct, kQuote, kCurrency, kPercent, kSymbol, kUrl, kEmail, kHandle,
};
// "word", "number", "punct", "quote", "currency", "percent", "symbol", "url", "email", "handle"
const char* TokenTypeName(TokenType t);

struct Token {
  Span view;  // in the normalised view
  Span span;  // original bytes
  TokenType type = TokenType::kWord;
};

struct SegmentOptions {
  bool rules = true;  // false: ICU's plain BreakIterator (for comparison in eval)
};

// Reusable, thread-compatible segmenter (one per thread): holds the ICU break
// iterators and the abbreviation lexicon.
class Segmenter {
 public:
  explicit Segmenter(const SegmentOptions& opts = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  std::vector<Sentence> Sentences(const NormalizedText& norm, const Structure& structure);
  // Tokens of the view range `view` (a sentence, a paragraph or the whole view).
  std::vector<Token> Tokens(const NormalizedText& norm, Span view);
  // The same, appended to *out (one vector for a whole document: no allocation per sentence).
  void AppendTokens(const NormalizedText& norm, Span view, std::vector<Token>* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkit

#endif  // CLAIMKIT_SEGMENT_H_
