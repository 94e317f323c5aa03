// libFuzzer target over the full extraction path: Analyzer (normalise, structure,
// sentences, tokens) -> Extractors::Run (quotes, numbers) -> ClaimToJson and
// SegmentationToJson, on arbitrary bytes.
//
// Checks (abort on violation): the analysis invariants of fuzz_segment; every claim
// span (claim, quote content, cue, speaker mention, quantity, measure, time) is a
// range of the original on character boundaries; ids are unique; every JSON line
// parses and its "span"/"text" agree with the original.
//
//   build-fuzz/fuzz/fuzz_extract -max_len=4096 fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "claimkit/document.h"
#include "claimkit/pipeline.h"
#include "extractors/registry.h"
#include "invariants.h"
#include "io/json_out.h"

namespace {

void CheckOpt(const char* what, const std::optional<claimkit::Span>& s,
              const std::vector<bool>& boundary) {
  if (s) claimkit::fuzz::CheckOriginalSpan(what, *s, boundary);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimkit;
  static Analyzer* analyzer = new Analyzer(PipelineOptions{});
  static Extractors* extractors = [] {
    auto ex = Extractors::Create();
    if (!ex.ok()) {
      std::fprintf(stderr, "Extractors::Create: %s\n", ex.status().ToString().c_str());
      std::abort();
    }
    return std::move(ex).value().release();
  }();

  DocumentMeta meta;
  meta.id = "fuzz";
  Document doc(std::string(reinterpret_cast<const char*>(data), size), meta);
  const std::vector<bool> boundary = fuzz::CharBoundaries(doc.text());

  Result<Analysis> a = analyzer->Analyze(doc);
  CLAIMKIT_CHECK(a.ok(), "Analyze failed without strict", (Span{0, 0}), size);
  fuzz::CheckNormalized(a->norm, size);
  fuzz::CheckStructure(a->structure, a->norm, boundary);
  fuzz::CheckSentences(a->sentences, a->structure, a->norm, boundary);
  CLAIMKIT_CHECK(a->sentence_tokens.size() == a->sentences.size(),
                 "sentence_tokens size differs from sentences", (Span{0, 0}), size);
  for (size_t i = 0; i < a->sentences.size(); ++i) {
    auto [first, last] = a->sentence_tokens[i];
    CLAIMKIT_CHECK(first <= last && last <= a->tokens.size(), "bad sentence_tokens range",
                   (Span{first, last}), a->tokens.size());
    std::vector<Token> toks(a->tokens.begin() + first, a->tokens.begin() + last);
    fuzz::CheckTokens(toks, a->sentences[i].view, a->norm, boundary);
  }

  nlohmann::json seg = nlohmann::json::parse(SegmentationToJson(*a, true), nullptr, false);
  CLAIMKIT_CHECK(!seg.is_discarded(), "SegmentationToJson is not valid JSON", (Span{0, 0}), size);

  std::vector<Claim> claims = extractors->Run(*a);
  std::set<std::string> ids;
  for (const Claim& c : claims) {
    CLAIMKIT_CHECK(ids.insert(c.id).second, "duplicate claim id", c.span, size);
    CLAIMKIT_CHECK(c.kind == "quote" || c.kind == "numeric", "unknown claim kind", c.span, size);
    CLAIMKIT_CHECK(c.confidence >= 0 && c.confidence <= 1, "confidence outside [0, 1]", c.span,
                   size);
    fuzz::CheckOriginalSpan("claim span", c.span, boundary);
    if (c.quote) {
      fuzz::CheckOriginalSpan("quote content_span", c.quote->content_span, boundary);
      CheckOpt("quote cue_span", c.quote->cue_span, boundary);
      CheckOpt("speaker mention_span", c.quote->speaker.mention_span, boundary);
    }
    if (c.numeric) {
      fuzz::CheckOriginalSpan("quantity span", c.numeric->quantity.span, boundary);
      CheckOpt("measure_span", c.numeric->measure_span, boundary);
      if (c.numeric->time) CheckOpt("time span", c.numeric->time->span, boundary);
    }
    nlohmann::json j = nlohmann::json::parse(ClaimToJson(c, doc.text()), nullptr, false);
    CLAIMKIT_CHECK(!j.is_discarded(), "ClaimToJson is not valid JSON", c.span, size);
    CLAIMKIT_CHECK(j["span"]["start"] == c.span.start && j["span"]["end"] == c.span.end,
                   "JSON span differs from the claim", c.span, size);
  }
  return 0;
}
