// The analysis pipeline: Document -> normalised view -> structure -> sentences -> tokens.
//
//   claimkit::Analyzer analyzer;                 // one per thread
//   Result<Analysis> a = analyzer.Analyze(doc);
//   for (const Sentence& s : a->sentences) ... s.span.Of(doc.text()) ...
//
// The Analysis refers to the Document it was made from, which must outlive it.
#ifndef CLAIMKIT_PIPELINE_H_
#define CLAIMKIT_PIPELINE_H_

#include <string_view>
#include <utility>
#include <vector>

#include "claimkit/document.h"
#include "claimkit/normalize.h"
#include "claimkit/segment.h"
#include "claimkit/status.h"
#include "claimkit/structure.h"

namespace claimkit {

struct PipelineOptions {
  NormalizeOptions normalize;
  StructureOptions structure;
  SegmentOptions segment;
  // Word tokens of every sentence (Analysis::tokens, sentence_tokens), as `segment
  // --tokens` prints them. No extractor reads them (each tokenises in its own way), so
  // the commands that extract claims turn them off: ForClaims().
  bool tokens = true;

  // The options of `extract`, `speakers` and the claim evals: no word tokens, which
  // saves about a third of the analysis time.
  static PipelineOptions ForClaims() {
    PipelineOptions o;
    o.tokens = false;
    return o;
  }
};

struct Analysis {
  const Document* doc = nullptr;
  NormalizedText norm;
  Structure structure;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // all tokens in text order
  // For sentence i: tokens [sentence_tokens[i].first, sentence_tokens[i].second).
  std::vector<std::pair<uint32_t, uint32_t>> sentence_tokens;

  const std::string& text() const { return doc->text(); }         // original
  const std::string& view() const { return norm.text(); }         // normalised
  std::string_view ViewOf(Span view_span) const { return view_span.Of(norm.text()); }
  Role RoleOf(const Sentence& s) const { return structure.paragraphs[s.paragraph].role; }
  // Index of the sentence containing view offset `v`, or -1.
  int SentenceAtView(uint32_t v) const;
};

class Analyzer {
 public:
  explicit Analyzer(const PipelineOptions& opts = {});
  Result<Analysis> Analyze(const Document& doc);
  const PipelineOptions& options() const { return opts_; }

 private:
  PipelineOptions opts_;
  Segmenter segmenter_;
};

}  // namespace claimkit

#endif  // CLAIMKIT_PIPELINE_H_
