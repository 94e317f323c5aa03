// Quote extractor: quotations and attributions with resolved speakers.
//
//   auto q = QuoteExtractor::Create();                 // loads the lexicons once
//   std::vector<SpeakerProfile> speakers;
//   std::vector<Claim> quotes = (*q)->Extract(analysis, &speakers);
//
// Finds, per paragraph:
//   direct    “It is a disaster,” said Jane Roe, the group's director.
//   mixed     Roe told reporters that the plan “will not work”.  (content: the reported
//             clause with the quoted words in it; for cues that take an object —
//             described it as a “two-track system” — the quoted words only)
//   indirect  Roe said the plan would fail. / The plan will fail, Roe said. /
//             According to Roe, the plan will fail.
//   partial   Roe: plan a ‘disaster’ (headlines: "Speaker: words")
//   pull      a pull-quote paragraph and its "Name, title" line (duplicate_of = the
//             body quote it repeats)
// and continuations (a quote-only sentence or paragraph right after an attributed
// quote belongs to the same speaker). Scare quotes (a short quoted term with no
// cue: the “war on drugs”) are not reported. Cues inside a quotation (reported
// speech within someone's words) do not start new attributions.
// Every span is mapped back to original bytes.
#ifndef CLAIMKIT_EXTRACTORS_QUOTE_H_
#define CLAIMKIT_EXTRACTORS_QUOTE_H_

#include <memory>
#include <vector>

#include "claimkit/pipeline.h"
#include "extractors/claim.h"
#include "extractors/quote_lexicon.h"
#include "extractors/registry.h"
#include "extractors/speaker.h"

namespace claimkit {

struct QuoteOptions {
  bool indirect = true;        // report indirect speech (X said that ...)
  bool beliefs = true;         // belief/intent cues (X believes that, X wants to) with a clause
  int min_scare_words = 4;     // a quote with no cue and fewer words is a scare quote
  int continuation_paragraphs = 1;  // how far back a speaker carries to quote-only paragraphs
};

class QuoteExtractor : public Extractor {
 public:
  static Result<std::unique_ptr<QuoteExtractor>> Create(const QuoteOptions& opts = {});
  // Quote claims in text order, ids assigned (doc#q1..); `speakers` (may be null)
  // gets one profile per speaker entity with at least one quote.
  std::vector<Claim> Extract(const Analysis& a, std::vector<SpeakerProfile>* speakers) const;
  void Run(const Analysis& a, std::vector<Claim>* claims) override;

  const QuoteLexicon& lexicon() const { return lex_; }

 private:
  QuoteExtractor(QuoteLexicon lex, const QuoteOptions& opts) : lex_(std::move(lex)), opts_(opts) {
    titles_.insert(lex_.TitleWords().begin(), lex_.TitleWords().end());
  }
  // Extract, the vector having capacity for `room` more claims.
  std::vector<Claim> Extract(const Analysis& a, std::vector<SpeakerProfile>* speakers, size_t room) const;
  QuoteLexicon lex_;
  QuoteOptions opts_;
  SpeakerTable::TitleSet titles_;  // lex_.TitleWords(), shared by every document's SpeakerTable
};

// Factory for the registry.
Result<std::unique_ptr<Extractor>> CreateQuoteExtractor();

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_QUOTE_H_
