// HTML -> article text with libgumbo (contract in html_reader.h).
#include "io/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "claimkit/data.h"

namespace claimkit {
namespace {

// ---- Lexicon: data/html.tsv -------------------------------------------------------

struct HtmlLexicon {
  std::set<std::string> drop_tags, drop_tokens, drop_roles, block_tags;
};

const HtmlLexicon& Lexicon() {
  static const HtmlLexicon* lex = [] {
    auto* l = new HtmlLexicon();
    Result<std::vector<TsvRow>> rows = LoadTsv("html.tsv", 2);
    if (!rows.ok()) return l;  // an empty lexicon keeps everything (tested in io_test)
    for (const TsvRow& r : rows.value()) {
      const std::string& k = r.columns[0];
      const std::string& v = r.columns[1];
      if (k == "drop_tag") l->drop_tags.insert(v);
      if (k == "drop_token") l->drop_tokens.insert(v);
      if (k == "drop_role") l->drop_roles.insert(v);
      if (k == "block_tag") l->block_tags.insert(v);
    }
    return l;
  }();
  return *lex;
}

// ---- Small helpers --------------------------------------------------------------

bool IsWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsWs(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// Valid UTF-8 (no overlongs, surrogates or values above U+10FFFF)?
bool ValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xE0 && c1 < 0xA0) return false;
    if (c == 0xED && c1 >= 0xA0) return false;
    if (c == 0xF0 && c1 < 0x90) return false;
    if (c == 0xF4 && c1 >= 0x90) return false;
    i += len;
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// windows-1252 -> UTF-8 (0x80..0x9F per the WHATWG encoding standard).
std::string FromWindows1252(std::string_view s) {
  static const uint16_t k80[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    uint32_t cp = c >= 0x80 && c < 0xA0 ? k80[c - 0x80] : c;
    AppendUtf8(cp, &out);
  }
  return out;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

std::string TagName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece p = e.original_tag;
  gumbo_tag_from_original_text(&p);
  return Lower(std::string_view(p.data, p.length));
}

// Tokens of class and id: "share-bar js_x" -> {"share", "bar", "js", "x"}.
bool HasDropToken(const GumboElement& e, const HtmlLexicon& lex) {
  for (const char* name : {"class", "id"}) {
    const char* v = Attr(e, name);
    if (!v) continue;
    std::string tok;
    for (const char* p = v;; ++p) {
      char c = *p;
      if (c == 0 || IsWs(c) || c == '-' || c == '_') {
        if (!tok.empty() && lex.drop_tokens.count(Lower(tok))) return true;
        tok.clear();
        if (c == 0) break;
      } else {
        tok += c;
      }
    }
  }
  return false;
}

bool IsDropped(const GumboElement& e, const std::string& tag, const HtmlLexicon& lex) {
  if (lex.drop_tags.count(tag)) return true;
  if (Attr(e, "hidden")) return true;
  const char* aria = Attr(e, "aria-hidden");
  if (aria && std::strcmp(aria, "true") == 0) return true;
  const char* role = Attr(e, "role");
  if (role && lex.drop_roles.count(Lower(role))) return true;
  const char* style = Attr(e, "style");
  if (style) {
    std::string st = Lower(style);
    st.erase(std::remove_if(st.begin(), st.end(), IsWs), st.end());
    if (st.find("display:none") != std::string::npos) return true;
  }
  // Articles themselves are never dropped for a class token ("article--related" aside).
  if (e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_MAIN) return false;
  if (Attr(e, "itemprop") && std::strcmp(Attr(e, "itemprop"), "articleBody") == 0) return false;
  return HasDropToken(e, lex);
}

// True when every visible character below `n` is inside a link, and there is some: a
// list item of a related-stories or navigation list ("<li><a>Bridge opens</a></li>").
// A teaser is small: past 64 nodes the answer is no (which also keeps nested lists from
// costing the square of their depth).
bool LinkOnly(const GumboNode* n) {
  bool linked_text = false;
  int budget = 64;
  std::vector<std::pair<const GumboNode*, bool>> stack{{n, false}};  // (node, inside <a>)
  while (!stack.empty()) {
    if (--budget < 0) return false;
    auto [x, in_a] = stack.back();
    stack.pop_back();
    if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_CDATA) {
      const char* t = x->v.text.text;
      bool visible = false;
      for (const char* c = t; *c && !visible; ++c) visible = !IsWs(*c);
      if (!visible) continue;
      if (!in_a) return false;
      linked_text = true;
      continue;
    }
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    const bool a = in_a || x->v.element.tag == GUMBO_TAG_A;
    const GumboVector& ch = x->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) stack.emplace_back(static_cast<const GumboNode*>(ch.data[i]), a);
  }
  return linked_text;
}

// All text below `n`, collapsed (for <title>, <h1>).
std::string TextOf(const GumboNode* n) {
  std::string raw;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE ||
        x->type == GUMBO_NODE_CDATA) {
      raw += x->v.text.text;
      continue;
    }
    if (x->type != GUMBO_NODE_ELEMENT && x->type != GUMBO_NODE_TEMPLATE) continue;
    if (x->v.element.tag == GUMBO_TAG_SCRIPT || x->v.element.tag == GUMBO_TAG_STYLE) continue;
    const GumboVector& ch = x->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
    raw += ' ';
  }
  return Collapse(raw);
}

// ---- Metadata ---------------------------------------------------------------------

struct Meta {
  std::string og_title, ld_headline, title_tag, h1;
  std::string author_meta, ld_author;
  std::string published_meta, ld_published, time_published;
  std::string canonical, og_url, ld_url;
  std::string site, ld_site;
};

std::string JsonStr(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : ""; }

std::string JsonNames(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object() && j.contains("name")) return JsonNames(j["name"]);
  if (j.is_array()) {
    std::string out;
    for (const auto& x : j) {
      std::string n = JsonNames(x);
      if (n.empty()) continue;
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }
  return "";
}

bool IsArticleType(const nlohmann::json& t) {
  if (t.is_array()) {
    for (const auto& x : t) {
      if (IsArticleType(x)) return true;
    }
    return false;
  }
  if (!t.is_string()) return false;
  std::string s = t.get<std::string>();
  return s.find("Article") != std::string::npos || s.find("Posting") != std::string::npos ||
         s == "Report";
}

void ReadJsonLd(const nlohmann::json& j, Meta* m, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) ReadJsonLd(x, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) ReadJsonLd(j["@graph"], m, depth + 1);
  if (!j.contains("@type") || !IsArticleType(j["@type"])) return;
  if (m->ld_headline.empty() && j.contains("headline")) m->ld_headline = Collapse(JsonStr(j["headline"]));
  if (m->ld_published.empty() && j.contains("datePublished")) {
    m->ld_published = JsonStr(j["datePublished"]);
  }
  if (m->ld_author.empty() && j.contains("author")) m->ld_author = JsonNames(j["author"]);
  if (m->ld_site.empty() && j.contains("publisher")) m->ld_site = JsonNames(j["publisher"]);
  if (m->ld_url.empty() && j.contains("url")) m->ld_url = JsonStr(j["url"]);
}

void ReadMetaTag(const GumboElement& e, Meta* m) {
  const char* content = Attr(e, "content");
  if (!content || !*content) return;
  std::string key;
  for (const char* a : {"property", "name", "itemprop"}) {
    if (Attr(e, a)) {
      key = Lower(Attr(e, a));
      break;
    }
  }
  std::string v = Collapse(content);
  if (key == "og:title" && m->og_title.empty()) m->og_title = v;
  if (key == "og:url" && m->og_url.empty()) m->og_url = v;
  if (key == "og:site_name" && m->site.empty()) m->site = v;
  if ((key == "author" || key == "article:author" || key == "dc.creator" ||
       key == "parsely-author" || key == "sailthru.author") &&
      m->author_meta.empty() && v.rfind("http", 0) != 0) {
    m->author_meta = v;
  }
  static const char* const kDateKeys[] = {
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
      "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
      "sailthru.date", "article.published", "published_time"};
  if (m->published_meta.empty()) {
    for (const char* k : kDateKeys) {
      if (key == k) m->published_meta = v;
    }
  }
}

// ---- The walk -------------------------------------------------------------------

struct Candidate {
  const GumboNode* node;
  int kind;  // 0 articleBody, 1 article, 2 main
  size_t ptext = 0;
};

// Pass 1: metadata, and paragraph-text totals for choosing the main content.
const GumboNode* FindMainAndMeta(const GumboNode* root, Meta* m, const HtmlLexicon& lex) {
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    size_t ptext = 0, direct_ptext = 0;
    int cand = -1;
    bool is_p = false;
  };
  std::vector<Candidate> cands;
  const GumboNode* best_direct = nullptr;
  size_t best_direct_len = 0, total_ptext = 0;
  const GumboNode* body = nullptr;
  int in_p = 0;
  std::vector<Frame> stack;
  stack.push_back({root});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    const GumboVector& ch = n->v.element.children;
    if (f.next < ch.length) {
      auto* c = static_cast<const GumboNode*>(ch.data[f.next++]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        if (in_p) f.ptext += std::strlen(c->v.text.text);
        continue;
      }
      if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& e = c->v.element;
      switch (e.tag) {
        case GUMBO_TAG_TITLE:
          if (m->title_tag.empty()) m->title_tag = TextOf(c);
          continue;
        case GUMBO_TAG_META:
          ReadMetaTag(e, m);
          continue;
        case GUMBO_TAG_LINK: {
          const char* rel = Attr(e, "rel");
          const char* href = Attr(e, "href");
          if (rel && href && Lower(rel) == "canonical" && m->canonical.empty()) m->canonical = href;
          continue;
        }
        case GUMBO_TAG_SCRIPT: {
          const char* type = Attr(e, "type");
          if (type && Lower(type) == "application/ld+json" && e.children.length > 0) {
            auto* t = static_cast<const GumboNode*>(e.children.data[0]);
            if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA ||
                t->type == GUMBO_NODE_WHITESPACE) {
              nlohmann::json j = nlohmann::json::parse(t->v.text.text, nullptr, false);
              if (!j.is_discarded()) ReadJsonLd(j, m, 0);
            }
          }
          continue;
        }
        default:
          break;
      }
      const char* itemprop = Attr(e, "itemprop");
      if (itemprop && std::strcmp(itemprop, "datePublished") == 0 && m->time_published.empty()) {
        const char* v = Attr(e, "datetime");
        if (!v) v = Attr(e, "content");
        if (v) m->time_published = v;
      }
      if (e.tag == GUMBO_TAG_TIME && m->time_published.empty() && Attr(e, "datetime") &&
          Attr(e, "pubdate")) {
        m->time_published = Attr(e, "datetime");
      }
      std::string tag = TagName(e);
      if (e.tag == GUMBO_TAG_BODY && !body) body = c;
      if (e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_HEAD &&
          IsDropped(e, tag, lex)) {
        continue;
      }
      if (e.tag == GUMBO_TAG_H1 && m->h1.empty()) m->h1 = TextOf(c);
      Frame nf{c};
      if (itemprop && std::strcmp(itemprop, "articleBody") == 0) {
        nf.cand = static_cast<int>(cands.size());
        cands.push_back({c, 0});
      } else if (e.tag == GUMBO_TAG_ARTICLE) {
        nf.cand = static_cast<int>(cands.size());
        cands.push_back({c, 1});
      } else if (e.tag == GUMBO_TAG_MAIN ||
                 (Attr(e, "role") && std::strcmp(Attr(e, "role"), "main") == 0)) {
        nf.cand = static_cast<int>(cands.size());
        cands.push_back({c, 2});
      }
      nf.is_p = e.tag == GUMBO_TAG_P;
      if (nf.is_p) ++in_p;
      stack.push_back(nf);
      continue;
    }
    // Leaving n.
    Frame done = f;
    stack.pop_back();
    if (done.is_p) --in_p;
    if (done.cand >= 0) cands[done.cand].ptext = done.ptext;
    if (done.direct_ptext > best_direct_len) {
      best_direct_len = done.direct_ptext;
      best_direct = done.node;
    }
    if (stack.empty()) {
      total_ptext = done.ptext;
    } else {
      stack.back().ptext += done.ptext;
      if (done.is_p) stack.back().direct_ptext += done.ptext;
    }
  }
  for (int kind = 0; kind <= 2; ++kind) {
    const Candidate* best = nullptr;
    for (const Candidate& c : cands) {
      if (c.kind == kind && c.ptext > 0 && (!best || c.ptext > best->ptext)) best = &c;
    }
    // articleBody is trusted; an <article>/<main> must hold a fair share of the page's
    // paragraph text (a teaser <article> in a list of links does not).
    if (best && (kind == 0 || best->ptext * 10 >= total_ptext * 3)) return best->node;
  }
  if (best_direct) return best_direct;
  return body ? body : root;
}

// Pass 2: text of the main content.
class TextBuilder {
 public:
  explicit TextBuilder(const HtmlLexicon& lex) : lex_(lex) {}

  void Paragraph(const std::string& text) {
    Break(2);
    Text(text.data(), text.size(), false);
    Break(2);
  }

  void Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next = 0;
      bool block = false, pre = false, cell = false;
      int marker = -1;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, true});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& ch = f.node->v.element.children;
      if (f.next < ch.length) {
        auto* c = static_cast<const GumboNode*>(ch.data[f.next++]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
          Text(c->v.text.text, std::strlen(c->v.text.text), pre_ > 0);
          continue;
        }
        if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE) continue;
        const GumboElement& e = c->v.element;
        std::string tag = TagName(e);
        if (IsDropped(e, tag, lex_)) continue;
        // A list item that is only a link belongs to a list of links, not to the story.
        if (e.tag == GUMBO_TAG_LI && LinkOnly(c)) continue;
        if (e.tag == GUMBO_TAG_BR) {
          Break(1);
          continue;
        }
        if (e.tag == GUMBO_TAG_IMG || e.tag == GUMBO_TAG_VIDEO || e.tag == GUMBO_TAG_AUDIO) continue;
        Frame nf{c};
        nf.block = lex_.block_tags.count(tag) > 0;
        nf.pre = e.tag == GUMBO_TAG_PRE;
        nf.cell = e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH;
        if (nf.block) Break(2);
        if (nf.cell) space_ = true;
        if (nf.pre) ++pre_;
        const char* role = nullptr;
        if (e.tag == GUMBO_TAG_BLOCKQUOTE || e.tag == GUMBO_TAG_Q) {
          role = e.tag == GUMBO_TAG_Q ? nullptr : "blockquote";
        } else if (e.tag == GUMBO_TAG_FIGCAPTION) {
          role = "figcaption";
        }
        if (role) {
          nf.marker = static_cast<int>(blocks_.size());
          blocks_.push_back({role, {0, 0}});
          open_.push_back(nf.marker);
          started_.push_back(false);
        }
        stack.push_back(nf);
        continue;
      }
      Frame done = f;
      stack.pop_back();
      if (done.pre) --pre_;
      if (done.cell) space_ = true;
      if (done.marker >= 0) {
        bool started = started_.back();
        open_.pop_back();
        started_.pop_back();
        HtmlBlock& b = blocks_[done.marker];
        b.span.end = static_cast<uint32_t>(out_.size());
        if (!started) b.span = {0, 0};
      }
      if (done.block) Break(2);
    }
  }

  HtmlExtract Finish() {
    HtmlExtract x;
    while (!out_.empty() && IsWs(out_.back())) out_.pop_back();
    size_t lead = 0;  // <pre> may start with spaces
    while (lead < out_.size() && IsWs(out_[lead])) ++lead;
    out_.erase(0, lead);
    x.text = std::move(out_);
    const auto size = static_cast<uint32_t>(x.text.size());
    const auto shift = static_cast<uint32_t>(lead);
    for (HtmlBlock& b : blocks_) {
      b.span.start = std::min(b.span.start > shift ? b.span.start - shift : 0, size);
      b.span.end = std::min(b.span.end > shift ? b.span.end - shift : 0, size);
      if (b.span.empty()) continue;
      x.blocks.push_back(b);
    }
    return x;
  }

 private:
  void Break(int level) { brk_ = std::max(brk_, level); }

  void Emit(char c) {
    if (brk_ > 0 && !out_.empty()) {
      while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
      while (!out_.empty() && out_.back() == '\n') out_.pop_back();
      out_ += brk_ >= 2 ? "\n\n" : "\n";
      space_ = false;
    }
    brk_ = 0;
    if (space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
    space_ = false;
    for (size_t i = 0; i < open_.size(); ++i) {
      if (!started_[i]) {
        started_[i] = true;
        blocks_[open_[i]].span.start = static_cast<uint32_t>(out_.size());
      }
    }
    out_ += c;
  }

  void Text(const char* s, size_t n, bool pre) {
    for (size_t i = 0; i < n; ++i) {
      char c = s[i];
      if (pre) {
        if (c == '\r') continue;
        if (c == '\n') {
          Break(1);
          continue;
        }
        Emit(c);
      } else if (IsWs(c)) {
        space_ = true;
      } else {
        Emit(c);
      }
    }
  }

  const HtmlLexicon& lex_;
  std::string out_;
  int brk_ = 0;
  bool space_ = false;
  int pre_ = 0;
  std::vector<HtmlBlock> blocks_;
  std::vector<int> open_;
  std::vector<bool> started_;
};

bool Contains(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    if (x->v.element.tag == tag) return true;
    const GumboVector& ch = x->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return false;
}

std::string First(std::initializer_list<const std::string*> xs) {
  for (const std::string* x : xs) {
    if (!x->empty()) return *x;
  }
  return "";
}

}  // namespace

HtmlExtract ExtractHtml(std::string_view html) {
  std::string converted;
  if (!ValidUtf8(html)) {
    converted = FromWindows1252(html);
    html = converted;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  const HtmlLexicon& lex = Lexicon();
  Meta m;
  const GumboNode* main = FindMainAndMeta(out->root, &m, lex);
  TextBuilder tb(lex);
  std::string headline = First({&m.h1, &m.og_title, &m.ld_headline, &m.title_tag});
  if (!headline.empty() && !Contains(main, GUMBO_TAG_H1)) tb.Paragraph(headline);
  tb.Walk(main);
  HtmlExtract x = tb.Finish();
  gumbo_destroy_output(&options, out);
  x.title = First({&m.og_title, &m.ld_headline, &m.h1, &m.title_tag});
  x.author = First({&m.author_meta, &m.ld_author});
  x.published = First({&m.published_meta, &m.ld_published, &m.time_published});
  x.url = First({&m.canonical, &m.og_url, &m.ld_url});
  x.site = First({&m.site, &m.ld_site});
  return x;
}

Document HtmlToDocument(std::string_view html, DocumentMeta base) {
  HtmlExtract x = ExtractHtml(html);
  if (base.title.empty()) base.title = x.title;
  if (base.author.empty()) base.author = x.author;
  if (base.published.empty()) base.published = x.published;
  if (base.url.empty()) base.url = x.url;
  if (base.source.empty()) base.source = x.site;
  if (!x.blocks.empty()) {
    nlohmann::json arr = nlohmann::json::array();
    for (const HtmlBlock& b : x.blocks) {
      arr.push_back({{"role", b.role}, {"start", b.span.start}, {"end", b.span.end}});
      base.blocks.push_back({b.role, b.span.start, b.span.end});
    }
    base.extra_json.emplace_back("html_blocks", arr.dump());
  }
  if (base.id.empty()) base.id = ContentId(x.text);
  return Document(std::move(x.text), std::move(base));
}

namespace {

class HtmlFileReader : public InputReader {
 public:
  HtmlFileReader(std::string path, std::unique_ptr<ByteStream> in, const InputOptions& opts)
      : path_(std::move(path)), in_(std::move(in)), opts_(opts) {}

  bool Next(InputItem* item) override {
    if (done_) return false;
    done_ = true;
    *item = InputItem();
    std::string page;
    char buf[1 << 16];
    while (in_->read(buf, sizeof buf) || in_->gcount() > 0) {
      page.append(buf, static_cast<size_t>(in_->gcount()));
      if (page.size() > opts_.max_doc_bytes) {
        item->error = Status::Error(StatusCode::kTooLarge, "document larger than --max-doc-bytes=" +
                                                               std::to_string(opts_.max_doc_bytes));
        item->error.At(path_, 0, static_cast<int64_t>(opts_.max_doc_bytes));
        return true;
      }
    }
    if (!in_->status().ok()) {
      item->error = in_->status();
      item->error.file = path_;  // the name this input was opened under
      return true;
    }
    DocumentMeta meta;
    meta.id = path_ == "-" ? "" : FileDocId(path_, opts_.doc_id);
    meta.input_file = path_;
    item->doc = HtmlToDocument(page, std::move(meta));
    return true;
  }

 private:
  std::string path_;
  std::unique_ptr<ByteStream> in_;
  InputOptions opts_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<InputReader> MakeHtmlReader(std::string path, std::unique_ptr<ByteStream> in,
                                            const InputOptions& opts) {
  return std::make_unique<HtmlFileReader>(std::move(path), std::move(in), opts);
}

}  // namespace claimkit
