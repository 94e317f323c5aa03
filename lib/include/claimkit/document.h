// Document: the original bytes of one article, never modified, plus metadata.
//
// All spans in every later layer are byte offsets into text(). Readers (plain
// text, JSON Lines, HTML, WARC) build Documents; for HTML the text is the
// extracted article text, and the raw page is not kept.
#ifndef CLAIMKIT_DOCUMENT_H_
#define CLAIMKIT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace claimkit {

// A block the input format marks, as a byte range of Document::text(): "blockquote" and
// "figcaption" from HTML. The structure stage takes them as evidence for paragraph roles.
struct BlockHint {
  std::string role;
  uint32_t start = 0, end = 0;
};

struct DocumentMeta {
  std::string id;         // from input metadata, else file path, else content hash
  std::string title;
  std::string url;
  std::string published;  // as given (ISO date preferred); may be empty
  std::string source;     // publisher / site
  std::string author;
  std::string input_file; // where it was read from ("-" = stdin)
  long record = 0;        // record number within input_file (1-based; 0 = whole file)
  // Unknown input fields, passed through to output: (name, raw JSON value).
  std::vector<std::pair<std::string, std::string>> extra_json;
  std::vector<BlockHint> blocks;  // from HTML markup; empty for plain text
};

class Document {
 public:
  Document() = default;
  Document(std::string text, DocumentMeta meta) : text_(std::move(text)), meta_(std::move(meta)) {}

  const std::string& text() const { return text_; }
  const DocumentMeta& meta() const { return meta_; }
  DocumentMeta& mutable_meta() { return meta_; }
  const std::string& id() const { return meta_.id; }

 private:
  std::string text_;
  DocumentMeta meta_;
};

// A stable id from content: "sha-" + 16 hex digits of a 64-bit FNV-1a hash.
std::string ContentId(const std::string& text);

}  // namespace claimkit

#endif  // CLAIMKIT_DOCUMENT_H_
