// The only table of extractors. Order matters: quotes run first so that numbers
// inside a quote can name the quote's speaker and id as their source.
#include "extractors/registry.h"

#include <algorithm>
#include <charconv>
#include <numeric>

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
    // Ids are assigned here, per kind, in text order: <doc_id>#<letter><n>. A Claim is large
    // (a move touches a dozen strings), so the stable sort orders indices and each claim moves
    // once; claims already in text order (the common case) are not moved at all.
    auto before = [](const Claim& a, const Claim& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    };
    if (!std::is_sorted(claims.begin() + first, claims.end(), before)) {
      std::vector<size_t> order(claims.size() - first);
      std::iota(order.begin(), order.end(), first);
      std::stable_sort(order.begin(), order.end(),
                       [&](size_t a, size_t b) { return before(claims[a], claims[b]); });
      std::vector<Claim> sorted;
      sorted.reserve(order.size());
      for (size_t i : order) sorted.push_back(std::move(claims[i]));
      std::move(sorted.begin(), sorted.end(), claims.begin() + first);
    }
    const std::string& doc_id = analysis.doc->id();
    int n = 0;
    for (size_t i = first; i < claims.size(); ++i) {
      Claim& c = claims[i];
      c.doc_id = doc_id;
      if (c.id.empty()) {
        char num[16];
        auto r = std::to_chars(num, num + sizeof num, ++n);
        const std::string_view letter = info->kind_letter;
        c.id.reserve(doc_id.size() + 1 + letter.size() + static_cast<size_t>(r.ptr - num));
        c.id.append(doc_id).append(1, '#').append(letter).append(num, r.ptr);
      }
    }
  }
  return claims;
}

}  // namespace claimkit
