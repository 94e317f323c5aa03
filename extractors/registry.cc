// The only table of extractors. Order matters: quotes run first so that numbers
// inside a quote can name the quote's speaker and id as their source.
#include "extractors/registry.h"

#include <algorithm>

#include "claimkit/structure.h"
#include "extractors/numeric.h"
#include "extractors/quote.h"

namespace claimkit {

const std::vector<ExtractorInfo>& RegisteredExtractors() {
  static const std::vector<ExtractorInfo> kTable = {
      {"quote", "q", "quotations and attributions with resolved speakers", &CreateQuoteExtractor},
      {"numeric", "n", "numeric claims: value, bound, unit, measure, time, source, change checks",
       &CreateNumericExtractor},
  };
  return kTable;
}

Result<std::unique_ptr<Extractors>> Extractors::Create(const std::vector<std::string>& names) {
  auto ex = std::unique_ptr<Extractors>(new Extractors());
  for (const std::string& n : names) {
    bool known = std::any_of(RegisteredExtractors().begin(), RegisteredExtractors().end(),
                             [&](const ExtractorInfo& i) { return n == i.name; });
    if (!known) return Status::Error(StatusCode::kInvalidArgument, "unknown extractor '" + n + "'");
  }
  for (const ExtractorInfo& info : RegisteredExtractors()) {
    if (!names.empty() && std::find(names.begin(), names.end(), info.name) == names.end()) continue;
    Result<std::unique_ptr<Extractor>> e = info.create();
    if (!e.ok()) return e.status();
    ex->list_.emplace_back(&info, std::move(e).value());
  }
  return ex;
}

std::vector<Claim> Extractors::Run(const Analysis& analysis) {
  std::vector<Claim> claims;
  for (auto& [info, extractor] : list_) {
    size_t first = claims.size();
    extractor->Run(analysis, &claims);
    // Ids are assigned here, per kind, in text order: <doc_id>#<letter><n>.
    std::stable_sort(claims.begin() + first, claims.end(), [](const Claim& a, const Claim& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    int n = 0;
    for (size_t i = first; i < claims.size(); ++i) {
      Claim& c = claims[i];
      c.doc_id = analysis.doc->id();
      if (c.id.empty()) c.id = c.doc_id + "#" + info->kind_letter + std::to_string(++n);
    }
  }
  return claims;
}

}  // namespace claimkit
