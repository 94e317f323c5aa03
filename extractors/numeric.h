// Numeric extractor (placeholder until it lands).
#ifndef CLAIMKIT_EXTRACTORS_NUMERIC_H_
#define CLAIMKIT_EXTRACTORS_NUMERIC_H_

#include <memory>

#include "extractors/registry.h"

namespace claimkit {

Result<std::unique_ptr<Extractor>> CreateNumericExtractor();

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_NUMERIC_H_
