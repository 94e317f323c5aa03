// WARC (ISO 28500) and WARC.gz reader: web archives such as Common Crawl's news crawl.
//
//   auto r = MakeWarcReader("CC-NEWS-2024.warc.gz", std::move(stream), opts);
//   while (r->Next(&item)) ...
//
// Which records become documents:
//   - WARC-Type "response" holding an HTTP response with status 2xx and an HTML
//     Content-Type (text/html, application/xhtml+xml): the body (chunked transfer
//     coding and gzip/deflate content coding undone) goes through ExtractHtml;
//   - WARC-Type "resource" with an HTML Content-Type: the block as HTML;
//   - WARC-Type "conversion" with text/plain (WET files): the block as plain text.
// Other records (warcinfo, request, metadata, redirects, images, ...) are not
// documents and are skipped silently.
//
// Metadata: url = WARC-Target-URI; id = WARC-Record-ID (else "<file>:<record>");
// extra_json gets "warc_date" (WARC-Date, the capture time) and "warc_record_id".
// Title, author and publication date come from the page.
//
// Faults: a record whose header is malformed (no "WARC/" version line, missing or
// bad Content-Length, header over 64 KiB), whose block is cut short, or whose
// document is over --max-doc-bytes is one error item (record = 1-based record
// number, offset = byte offset of the record in the decompressed stream); reading
// resumes at the next "WARC/1." line.
#ifndef CLAIMKIT_IO_WARC_READER_H_
#define CLAIMKIT_IO_WARC_READER_H_

#include <memory>
#include <string>

#include "io/decompress.h"
#include "io/input.h"

namespace claimkit {

std::unique_ptr<InputReader> MakeWarcReader(std::string path, std::unique_ptr<ByteStream> in,
                                            const InputOptions& opts);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_WARC_READER_H_
