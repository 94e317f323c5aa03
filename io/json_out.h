// JSON serialisation of analyses and claim records (schema in docs/schema.md).
#ifndef CLAIMKIT_IO_JSON_OUT_H_
#define CLAIMKIT_IO_JSON_OUT_H_

#include <string>
#include <vector>

#include "claimkit/pipeline.h"
#include "extractors/claim.h"

namespace claimkit {

// One line (no trailing newline): {"doc_id", "paragraphs":[{span, role}], "sentences":[{span, text}],
// "tokens":[{span, type}] (with_tokens), "published", "warnings"}.
std::string SegmentationToJson(const Analysis& a, bool with_tokens);

// One claim record, one line (no trailing newline), schema "claimkit/claim@1".
std::string ClaimToJson(const Claim& c, const std::string& doc_text);
// The same, appended to *out.
void AppendClaimJson(const Claim& c, const std::string& doc_text, std::string* out);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_JSON_OUT_H_
