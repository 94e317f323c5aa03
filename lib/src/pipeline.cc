#include "claimkit/pipeline.h"

#include <algorithm>

namespace claimkit {

int Analysis::SentenceAtView(uint32_t v) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), v,
                             [](uint32_t x, const Sentence& s) { return x < s.view.start; });
  if (it == sentences.begin()) return -1;
  --it;
  return it->view.Contains(v) ? static_cast<int>(it - sentences.begin()) : -1;
}

Analyzer::Analyzer(const PipelineOptions& opts) : opts_(opts), segmenter_(opts.segment) {}

Result<Analysis> Analyzer::Analyze(const Document& doc) {
  Analysis a;
  a.doc = &doc;
  Result<NormalizedText> norm = Normalize(doc.text(), opts_.normalize);
  if (!norm.ok()) {
    Status s = norm.status();
    s.file = doc.meta().input_file;
    s.record = doc.meta().record;
    return s;
  }
  a.norm = std::move(norm).value();
  a.structure = DetectStructure(a.norm, doc.meta().published, opts_.structure, doc.meta().blocks);
  a.sentences = segmenter_.Sentences(a.norm, a.structure);
  if (opts_.tokens) {
    a.sentence_tokens.reserve(a.sentences.size());
    a.tokens.reserve(a.norm.text().size() / 4);  // news text: about one token per 5 bytes
    for (const Sentence& s : a.sentences) {
      auto first = static_cast<uint32_t>(a.tokens.size());
      segmenter_.AppendTokens(a.norm, s.view, &a.tokens);
      a.sentence_tokens.emplace_back(first, static_cast<uint32_t>(a.tokens.size()));
    }
  }
  return a;
}

}  // namespace claimkit
