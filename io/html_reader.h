// HTML pages -> article text (libgumbo, a full HTML5 parser).
//
//   HtmlExtract x = ExtractHtml(page_bytes);
//   x.text      "Headline\n\nFirst paragraph.\n\n\"A quote,\" she said.\n\n..."
//   x.title / x.author / x.published   from meta tags and JSON-LD
//   x.blocks    [{role "blockquote", span}, {role "figcaption", span}, ...] into x.text
//
// Main content: the element marked itemprop=articleBody, else the <article>/<main>
// (or role=main) holding the most paragraph text, else the element with the most text
// in direct <p> children, else <body>. Inside it, navigation, scripts, styles, forms,
// share bars, related-article lists, comments and ads are dropped (tags, class/id
// tokens and ARIA roles listed in data/html.tsv). The headline (<h1>, else og:title,
// JSON-LD headline, <title>) is the first paragraph.
//
// Text layout: every block element (p, div, li, h1-h6, blockquote, figcaption, tr, ...)
// is its own paragraph, separated from the next by a blank line; inline whitespace is
// collapsed to one space; <br> is a newline; <pre> keeps its whitespace. Entities are
// decoded. Bytes that are not valid UTF-8 are read as windows-1252 (the web's fallback).
// Spans reported later are byte offsets into `text` (the document's text), never into
// the page. Nesting depth is unlimited (iterative walk; 10,000 levels are tested).
#ifndef CLAIMKIT_IO_HTML_READER_H_
#define CLAIMKIT_IO_HTML_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkit/document.h"
#include "claimkit/span.h"
#include "claimkit/status.h"
#include "io/decompress.h"
#include "io/input.h"

namespace claimkit {

// A region of the extracted text that came from an element whose role the text alone
// does not show: "blockquote" (quoted or pull-quoted passage) or "figcaption" (photo
// caption). Spans cover whole paragraphs of HtmlExtract::text.
struct HtmlBlock {
  std::string role;
  Span span;
};

struct HtmlExtract {
  std::string text;
  std::string title;
  std::string author;     // "Jane Doe" or "Jane Doe, John Roe"
  std::string published;  // as the page gives it, e.g. "2020-05-14T09:30:00Z"
  std::string url;        // canonical URL (link rel=canonical, og:url), may be empty
  std::string site;       // og:site_name / JSON-LD publisher name
  std::vector<HtmlBlock> blocks;
};

HtmlExtract ExtractHtml(std::string_view html);

// A Document from a page: text from ExtractHtml; title, author, published, url,
// source filled from the page where `base` leaves them empty; blocks recorded in
// meta.extra_json as ("html_blocks", [{"role":"blockquote","start":S,"end":E},...]).
Document HtmlToDocument(std::string_view html, DocumentMeta base);

// One .html file (or stdin) = one document. The size cap applies to the page bytes.
std::unique_ptr<InputReader> MakeHtmlReader(std::string path, std::unique_ptr<ByteStream> in,
                                            const InputOptions& opts);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_HTML_READER_H_
