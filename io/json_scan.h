// A strict, allocation-light reader for the common shape of a JSON Lines record: one
// object whose values are all strings, {"id": "a1", "title": "...", "text": "..."}.
//
// nlohmann builds a tree and copies each string byte by byte through its token buffer;
// for news records (a few KB of text each) that cost more than the rest of reading.
// This reader copies runs of plain bytes at once and decodes escapes in place. It is a
// fast path only: it accepts a subset of what nlohmann accepts, with the same values,
// and says no to everything else (numbers, nested values, null, duplicate keys, a BOM,
// any syntax or UTF-8 error), so that the caller parses those with nlohmann exactly
// as before, error messages included.
//
//   std::vector<JsonStringField> fields;
//   if (ParseStringObject(line, &fields)) { ... fields sorted by key ... }
//   else { ... nlohmann::json::parse(line, nullptr, false) ... }
#ifndef CLAIMKIT_IO_JSON_SCAN_H_
#define CLAIMKIT_IO_JSON_SCAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimkit {

struct JsonStringField {
  std::string key;    // decoded
  std::string value;  // decoded (valid UTF-8; may hold "\0" from "\u0000")
};

// True when `json` is exactly one object (whitespace around it allowed) whose keys are
// distinct and whose values are all strings, all valid JSON with valid UTF-8; *fields
// then holds them sorted by key (byte order, as std::map<std::string> iterates). False
// otherwise, with *fields unspecified: nlohmann may still accept such input.
bool ParseStringObject(std::string_view json, std::vector<JsonStringField>* fields);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_JSON_SCAN_H_
