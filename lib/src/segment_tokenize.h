// The rule tokeniser (internal): one pass over UTF-8, no ICU break iterator.
//
// Decisions (they follow UD English where that does not split a news pattern):
//   word      letters/digits joined by internal ' . _ & and short "/": "don't",
//             "Google's", "Space.com", "b/c", "AT&T"; UD keeps contractions and
//             possessives as one (multiword) token, so do we. Hyphenated words split
//             at the hyphen as in UD ("third-party" -> "third" "-" "party") unless the
//             first part is a prefix from data/segment_hyphen_prefixes.tsv: "co-operate",
//             "e-mail", "anti-war" stay whole
//   + "."     the period joins the word for listed abbreviations ("Dr.", "etc."),
//             initials ("J.") and dotted acronyms ("U.S.", "e.g.")
//   number    "10,000", "5,100-12,000", "555-1234", "1.5", "12:30", "9/11", "5th", "1.5bn",
//             "'68", "-3"
//   percent   "78%" (one token), a lone "%"
//   currency  "US$1.5bn", "$100", "£5m" (one token: symbol + amount), a lone "$"
//   url       "https://...", "www....", "mailto:..." (trailing punctuation left out)
//   email     "jane.doe@example.com"
//   handle    "@claimkit", "#hashtag"
//   quote     '"', '\'', '`' and curly quotes when not folded
//   punct     runs of . ! ? ("...", "?!"), runs of one dash or one other mark ("--",
//             "**"), else one character: "[want to]" -> "[" "want" "to" "]"
//   symbol    + = < > ~ ^ |, other symbols and emoji, emoticons ":)"
#ifndef CLAIMKIT_SRC_SEGMENT_TOKENIZE_H_
#define CLAIMKIT_SRC_SEGMENT_TOKENIZE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimkit/normalize.h"
#include "claimkit/segment.h"
#include "segment_lexicon.h"

namespace claimkit::seg {

// Appends the tokens of norm.text()[begin, end) to `out`, each with its original span.
// Tokens never extend past `end`.
void Tokenize(const NormalizedText& norm, uint32_t begin, uint32_t end, const SegmentLexicon& lex,
              std::vector<Token>* out);

}  // namespace claimkit::seg

#endif  // CLAIMKIT_SRC_SEGMENT_TOKENIZE_H_
