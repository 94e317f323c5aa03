// The extractor registry: the one table of extractors, in run order.
//
//   claimkit::Extractors ex;                       // loads lexicons once; one per thread
//   std::vector<Claim> claims = ex.Run(analysis);  // ids assigned: doc#q1.., doc#n1..
//
// Adding an extractor: a file pair in extractors/, a row in registry.cc, golden cases.
#ifndef CLAIMKIT_EXTRACTORS_REGISTRY_H_
#define CLAIMKIT_EXTRACTORS_REGISTRY_H_

#include <memory>
#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "claimkit/status.h"
#include "extractors/claim.h"

namespace claimkit {

// One extractor: stateful only in what it loads at construction (lexicons, regexes).
class Extractor {
 public:
  virtual ~Extractor() = default;
  // Appends this extractor's claims to *claims; earlier extractors' claims are already
  // there (numbers inside quotes link to quote ids). Ids are assigned afterwards.
  virtual void Run(const Analysis& analysis, std::vector<Claim>* claims) = 0;
};

struct ExtractorInfo {
  const char* name;         // "quote", "numeric"
  const char* kind_letter;  // "q", "n"
  const char* description;
  Result<std::unique_ptr<Extractor>> (*create)();
};

// In run order.
const std::vector<ExtractorInfo>& RegisteredExtractors();

class Extractors {
 public:
  // names empty = all. Fails if a name is unknown or a lexicon does not load.
  static Result<std::unique_ptr<Extractors>> Create(const std::vector<std::string>& names = {});
  std::vector<Claim> Run(const Analysis& analysis);

 private:
  std::vector<std::pair<const ExtractorInfo*, std::unique_ptr<Extractor>>> list_;
};

}  // namespace claimkit

#endif  // CLAIMKIT_EXTRACTORS_REGISTRY_H_
