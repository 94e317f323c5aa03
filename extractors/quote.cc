// Quote extractor (placeholder until it lands): finds nothing yet.
#include "extractors/quote.h"

namespace claimkit {
namespace {
class QuoteExtractor : public Extractor {
 public:
  void Run(const Analysis&, std::vector<Claim>*) override {}
};
}  // namespace

Result<std::unique_ptr<Extractor>> CreateQuoteExtractor() {
  return std::unique_ptr<Extractor>(new QuoteExtractor());
}

}  // namespace claimkit
