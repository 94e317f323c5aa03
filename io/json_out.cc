// JSON serialisation of segmentation output and claim records (docs/schema.md).
#include "io/json_out.h"

#include <nlohmann/json.hpp>

namespace claimkit {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(Span s) { return Json{{"start", s.start}, {"end", s.end}}; }

template <typename T>
Json Opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}
Json OptSpan(const std::optional<Span>& s) { return s ? SpanJson(*s) : Json(nullptr); }

// Invalid UTF-8 in the original must not make the writer throw: replace, as the view does.
std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string SegmentationToJson(const Analysis& a, bool with_tokens) {
  const std::string& text = a.text();
  Json j;
  j["doc_id"] = a.doc->id();
  if (!a.doc->meta().title.empty()) j["title"] = a.doc->meta().title;
  j["published"] = a.structure.published.empty() ? Json(nullptr) : Json(a.structure.published);
  Json paras = Json::array();
  for (const Paragraph& p : a.structure.paragraphs) {
    paras.push_back(Json{{"span", SpanJson(p.span)}, {"role", RoleName(p.role)}});
  }
  j["paragraphs"] = std::move(paras);
  Json sents = Json::array();
  for (const Sentence& s : a.sentences) {
    sents.push_back(Json{{"span", SpanJson(s.span)},
                         {"text", std::string(s.span.Of(text))},
                         {"paragraph", s.paragraph}});
  }
  j["sentences"] = std::move(sents);
  if (with_tokens) {
    Json toks = Json::array();
    for (const Token& t : a.tokens) {
      toks.push_back(Json{{"span", SpanJson(t.span)}, {"type", TokenTypeName(t.type)}});
    }
    j["tokens"] = std::move(toks);
  }
  if (!a.norm.warnings().empty()) {
    Json w = Json::array();
    for (const NormalizeWarning& nw : a.norm.warnings()) {
      w.push_back(Json{{"offset", nw.offset}, {"message", nw.message}});
    }
    j["warnings"] = std::move(w);
  }
  return Dump(j);
}

std::string ClaimToJson(const Claim& c, const std::string& doc_text) {
  Json j;
  j["schema"] = "claimkit/claim@1";
  j["id"] = c.id;
  j["doc_id"] = c.doc_id;
  j["kind"] = c.kind;
  j["span"] = SpanJson(c.span);
  j["text"] = std::string(c.span.Of(doc_text));
  j["section"] = c.section;
  if (c.quote) {
    const QuoteInfo& q = *c.quote;
    j["quote"] = Json{{"type", q.type},
                      {"content", q.content},
                      {"content_span", SpanJson(q.content_span)},
                      {"duplicate_of", Opt(q.duplicate_of)}};
    const SpeakerRef& s = q.speaker;
    j["speaker"] = Json{{"name", Opt(s.name)},
                        {"mention", Opt(s.mention)},
                        {"mention_span", OptSpan(s.mention_span)},
                        {"type", s.type},
                        {"role", Opt(s.role)},
                        {"org", Opt(s.org)},
                        {"resolution", s.resolution},
                        {"addressee", Opt(s.addressee)}};
    j["cue"] = Json{{"text", Opt(q.cue)}, {"span", OptSpan(q.cue_span)}};
  }
  if (c.numeric) {
    const NumericInfo& n = *c.numeric;
    const Quantity& q = n.quantity;
    j["quantity"] = Json{{"text", q.text},
                         {"span", SpanJson(q.span)},
                         {"value", Opt(q.value)},
                         {"low", Opt(q.low)},
                         {"high", Opt(q.high)},
                         {"bound", q.bound},
                         {"unit", Opt(q.unit)},
                         {"scale", Opt(q.scale_text)}};
    j["measure"] = Opt(n.measure);
    j["measure_span"] = OptSpan(n.measure_span);
    j["time"] = n.time ? Json{{"text", n.time->text},
                              {"span", OptSpan(n.time->span)},
                              {"value", n.time->value}}
                       : Json(nullptr);
    j["source"] = n.source ? Json{{"name", n.source->name},
                                  {"cue", Opt(n.source->cue)},
                                  {"quote_id", Opt(n.source->quote_id)}}
                           : Json(nullptr);
    if (n.change) {
      const ChangeInfo& ch = *n.change;
      j["change"] = Json{{"from", Opt(ch.from)},
                         {"to", Opt(ch.to)},
                         {"direction", ch.direction.empty() ? Json(nullptr) : Json(ch.direction)},
                         {"stated_percent", Opt(ch.stated_percent)},
                         {"computed_percent", Opt(ch.computed_percent)},
                         {"consistent", Opt(ch.consistent)}};
    } else {
      j["change"] = nullptr;
    }
    j["change_role"] = Opt(n.change_role);
    Json checks = Json::array();
    for (const Check& k : n.checks) {
      checks.push_back(Json{{"kind", k.kind}, {"consistent", k.consistent}, {"detail", k.detail}});
    }
    j["checks"] = std::move(checks);
  }
  j["confidence"] = c.confidence;
  return Dump(j);
}

}  // namespace claimkit
