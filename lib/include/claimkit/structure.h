// Article structure: paragraphs and their roles.
//
// Paragraphs are separated by blank lines, or by single newlines when the text
// uses one line per paragraph (both occur, even in one article). Each gets a role
// that later stages use: numbers in captions are not claims, pull quotes are
// linked to the body quote they repeat, boilerplate is skipped.
#ifndef CLAIMKIT_STRUCTURE_H_
#define CLAIMKIT_STRUCTURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkit/document.h"
#include "claimkit/normalize.h"
#include "claimkit/span.h"

namespace claimkit {

enum class Role {
  kHeadline,
  kStandfirst,   // the summary under the headline
  kByline,       // "By Jane Doe", "Written By:"
  kDateline,     // a line that is a date ("May 14, 2020"), or "PARIS (Reuters) -" openers
  kCaption,      // photo captions, "Photo: ..." credits
  kPullQuote,    // standalone quote paragraph repeated from the body
  kPullQuoteAttribution,  // the short "Name, title" line under a pull quote
  kBody,
  kBoilerplate,  // site taglines, section labels, "Read more", share/subscribe
};

// "headline", "standfirst", "byline", "dateline", "caption", "pull_quote",
// "pull_quote_attribution", "body", "boilerplate".
const char* RoleName(Role role);

struct Paragraph {
  Span span;      // original bytes, trimmed of surrounding whitespace
  Span view;      // the same paragraph in the normalised view
  Role role = Role::kBody;
  // A wire-story dateline opening the paragraph ("ROTTERDAM (Wire Service) -",
  // "PHNOM PENH, Cambodia --", "Paris (AFP) -"), in the view; empty if none. It says
  // where the story was filed, not what anyone said: extractors start after it.
  Span dateline_view;
};

struct Structure {
  std::vector<Paragraph> paragraphs;
  std::string published;   // ISO date (YYYY-MM-DD) stated by the article or metadata; may be empty
  Span published_span;     // where the article states it (empty if from metadata)
};

struct StructureOptions {
  bool detect_roles = true;  // false: every paragraph is body
};

// `meta_published` (may be empty) is used when the article states no date.
// `hints` (byte ranges of the original) are markup evidence: a paragraph inside a
// "figcaption" is a caption; one inside a "blockquote" that repeats text found elsewhere
// in the article is a pull quote.
Structure DetectStructure(const NormalizedText& norm, std::string_view meta_published,
                          const StructureOptions& opts = {},
                          const std::vector<BlockHint>& hints = {});

// Parses dates like "May 14, 2020", "14 May 2020", "2020-05-14", "Thursday, May 14, 2020"
// into "2020-05-14"; returns "" if `s` is not (only) a date.
std::string ParseDate(std::string_view s);

// Whether the paragraph-role patterns of data/structure.tsv run behind their prechecks
// (its fourth column; see the file's header). False means every paragraph is scanned
// with the regular expressions: the same roles, more time. For tests and diagnostics.
bool RolePatternsPrechecked();

}  // namespace claimkit

#endif  // CLAIMKIT_STRUCTURE_H_
