// Numeric extractor (placeholder until it lands): finds nothing yet.
#include "extractors/numeric.h"

namespace claimkit {
namespace {
class NumericExtractor : public Extractor {
 public:
  void Run(const Analysis&, std::vector<Claim>*) override {}
};
}  // namespace

Result<std::unique_ptr<Extractor>> CreateNumericExtractor() {
  return std::unique_ptr<Extractor>(new NumericExtractor());
}

}  // namespace claimkit
