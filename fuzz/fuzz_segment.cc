// libFuzzer target over the whole `segment` path: Normalize -> DetectStructure ->
// Segmenter::Sentences -> Segmenter::Tokens, on arbitrary bytes.
//
// Checks (fuzz/invariants.h; abort on violation): Normalize never fails without
// strict; ToOriginal is in bounds and monotonic; paragraph, sentence and token spans
// have start <= end, lie within the text, start and end on character boundaries of
// the original, and are ordered and non-overlapping; sentences stay inside their
// paragraph, tokens inside their sentence. strict=true fails exactly when the input
// has an invalid byte, and then names the offset of the first one.
//
//   build-fuzz/fuzz/fuzz_segment -max_len=4096 fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimkit/normalize.h"
#include "claimkit/segment.h"
#include "claimkit/structure.h"
#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimkit;
  static Segmenter* segmenter = new Segmenter(SegmentOptions{});
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<bool> boundary = fuzz::CharBoundaries(text);

  Result<NormalizedText> norm = Normalize(text);
  CLAIMKIT_CHECK(norm.ok(), "Normalize failed without strict", (Span{0, 0}), size);
  fuzz::CheckNormalized(*norm, size);

  // strict: an error exactly when there is an invalid byte, at the first one.
  int64_t first_bad = -1;
  for (size_t i = 0; i < size; ++i) {
    utf8proc_int32_t cp;
    if (!boundary[i]) continue;
    if (utf8proc_iterate(data + i, static_cast<utf8proc_ssize_t>(size - i), &cp) <= 0) {
      first_bad = static_cast<int64_t>(i);
      break;
    }
  }
  NormalizeOptions strict;
  strict.strict = true;
  Result<NormalizedText> sn = Normalize(text, strict);
  CLAIMKIT_CHECK(sn.ok() == (first_bad < 0), "strict result disagrees with validity",
                 (Span{static_cast<uint32_t>(first_bad < 0 ? 0 : first_bad), 0}), size);
  if (!sn.ok()) {
    CLAIMKIT_CHECK(sn.status().offset == first_bad, "strict error offset is not the first bad byte",
                   (Span{static_cast<uint32_t>(first_bad), static_cast<uint32_t>(sn.status().offset)}),
                   size);
  }

  // The other option combinations keep the same map invariants (chosen by size, so
  // that the input bytes stay plain text).
  NormalizeOptions alt;
  alt.nfc = size & 1;
  alt.fold_quotes = size & 2;
  alt.fold_dashes = size & 4;
  Result<NormalizedText> an = Normalize(text, alt);
  CLAIMKIT_CHECK(an.ok(), "Normalize failed without strict (other options)", (Span{0, 0}), size);
  fuzz::CheckNormalized(*an, size);

  Structure st = DetectStructure(*norm, "");
  fuzz::CheckStructure(st, *norm, boundary);
  std::vector<Sentence> sents = segmenter->Sentences(*norm, st);
  fuzz::CheckSentences(sents, st, *norm, boundary);
  for (const Sentence& s : sents) {
    fuzz::CheckTokens(segmenter->Tokens(*norm, s.view), s.view, *norm, boundary);
  }
  // Tokens over the whole view, too (the API allows any range).
  Span all{0, static_cast<uint32_t>(norm->text().size())};
  fuzz::CheckTokens(segmenter->Tokens(*norm, all), all, *norm, boundary);
  return 0;
}
