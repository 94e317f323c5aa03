// Quote extractor (placeholder until it lands).
#ifndef CLAIMKIT_EXTRACTORS_QUOTE_H_
#define CLAIMKIT_EXTRACTORS_QUOTE_H_

#include <memory>

#include "extractors/registry.h"

namespace claimkit {

Result<std::unique_ptr<Extractor>> CreateQuoteExtractor();

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_QUOTE_H_
