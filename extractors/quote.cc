// Quote extraction. See quote.h for what is found; the steps per paragraph:
//   1. pair the quotation marks (quote_marks.h) and tokenise the view;
//   2. quotations followed or preceded by a cue and a speaker (direct);
//   3. cue words outside quotations: X said (that) CLAUSE, CLAUSE, X said,
//      according to X (indirect; mixed when the clause holds a quotation);
//   4. left-over quotations: continuation of the last speaker, or scare quotes;
//   5. headlines "Speaker: words" and pull quotes with their name line.
// Speakers are noun phrases next to the cue, interpreted as a proper name (with
// titles and appositions giving roles and organisations), a pronoun (resolved
// against earlier mentions) or a role noun (the spokesman, the report authors).
#include "extractors/quote.h"

#include <unicode/uchar.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extractors/quote_marks.h"

namespace claimkit {
namespace {

// Small fixed word lists (literals: the views stay valid) are WordSets (quote_lexicon.h).

constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  return t;
}();
inline bool IsWordByte(unsigned char c) { return kWordByte[c]; }
// Word bytes that cannot start a quotation mark: ASCII letters and digits, UTF-8
// continuation bytes (lead bytes may start a curly quote).
constexpr std::array<bool, 256> kPlainWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0xC0; ++c) t[c] = kWordByte[c];
  return t;
}();

// Bytes that may carry a word on after a run of plain word bytes (Tokenize): UTF-8
// lead bytes, . - ' & and the comma inside a number.
constexpr std::array<bool, 256> kMayJoinWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0xC0; c < 256; ++c) t[c] = true;
  t['.'] = t['-'] = t['\''] = t['&'] = t[','] = true;
  return t;
}();

// The end of the run of plain word bytes (kPlainWordByte) at [j .. end), from `plain`
// (DocExtractor::plain_: bit k of word k / 64 set when byte k is plain, bits past the
// text clear): 64 bytes a step.
inline uint32_t PlainWordRunEnd(const uint64_t* plain, uint32_t j, uint32_t end) {
  while (j < end) {
    const uint64_t other = ~plain[j >> 6] >> (j & 63);
    if (other) return std::min<uint32_t>(j + static_cast<uint32_t>(__builtin_ctzll(other)), end);
    j = (j | 63) + 1;
  }
  return end;
}

// A token's lower-cased text: a string_view whose comparison with a string literal
// (t.lower == "of", the rules' commonest test) is inline (extractors/text_eq.h).
using LowerView = LiteralEqView;

struct Tok {
  uint32_t b = 0, e = 0;  // view
  LowerView lower;         // into DocExtractor::lower_ (the lower-cased view); "\"" for marks
  uint32_t fw = 0;         // FunctionWord bits
  enum Kind : uint8_t { kWord, kPunct, kQuote } kind = kWord;
  bool cap = false;        // starts upper-case
  bool allcaps = false;
  bool possessive = false; // ends in 's / s'
  bool phrase_start = false;  // some cue phrase starts with it
  int region = -1;         // top-level quote region (index into regions) containing it
  int sent = -1;           // index into Analysis::sentences
  int ls = -1;             // index into sent_toks_ (the paragraph's sentences, split)
  // Lexicon entries, looked up once.
  const CueWord* cue = nullptr;
  const PronounInfo* pron = nullptr;
  const TitleWord* role = nullptr;
  const NameWord* name = nullptr;
};

bool IsPunct(const Tok& t, char c) { return t.kind == Tok::kPunct && t.lower.size() == 1 && t.lower[0] == c; }

bool IsSkippableWord(const Tok& t) {
  if (t.kind != Tok::kWord) return false;
  if (t.fw & kFwSkippable) return true;
  return t.lower.size() > 4 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0 && !t.cap;
}
// Cues whose complement is an object noun phrase, not a clause: describe X as Y.
const WordSet& ObjectCues() {
  static const WordSet k = {
      "describe", "call", "label", "dub", "term", "brand", "characterize", "characterise", "liken",
      "compare", "portray", "paint", "frame", "cast", "deem", "declare", "pronounce", "consider"};
  return k;
}
// Cues followed by an addressee: told the Globe that ...
const WordSet& AddresseeCues() {
  static const WordSet k = {"tell", "inform", "assure", "reassure", "warn",
                                                    "remind", "brief", "advise", "notify", "ask",
                                                    "urge", "caution", "convince", "persuade", "promise"};
  return k;
}

// An organisation's name says it is of the kind a common noun names ("the company", "the
// association", "the commission's"): a word of the name is that noun, or, for "company" and
// "firm", a company's legal form (Group, Holdings, Inc., Ltd, Plc, GmbH, Tbk ...), for "group" an
// advocacy group's word (Foundation, Coalition, Watch ...).
bool NameIsOfKind(std::string_view org_name, std::string_view head) {
  const std::string name = AsciiLower(org_name);
  auto has_word = [&](std::string_view w) {
    for (size_t at = name.find(w); at != std::string::npos; at = name.find(w, at + 1))
      if ((at == 0 || name[at - 1] == ' ') && (at + w.size() == name.size() || name[at + w.size()] == ' '))
        return true;
    return false;
  };
  if (has_word(head)) return true;
  if (head == "company" || head == "firm")
    for (std::string_view w : {"group", "holding", "holdings", "inc.", "inc", "corp.", "corp", "corporation", "co.",
                               "ltd", "ltd.", "plc", "llc", "company", "gmbh", "tbk", "bhd", "berhad"})
      if (has_word(w)) return true;
  if (head == "group")
    for (std::string_view w : {"foundation", "institute", "coalition", "alliance", "network", "project", "fund",
                               "association", "society", "league", "committee", "watch", "center", "centre", "trust"})
      if (has_word(w)) return true;
  return false;
}

// "41-year-old", "24-year-old": an age used as a noun.
bool IsAgeDescriptor(std::string_view w) {
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  return d > 0 && d <= 3 && w.substr(d) == "-year-old";
}

// A month's name or its abbreviation: "February", "Feb.", "Sept".
bool IsMonthWord(std::string_view w) {
  static const WordSet k = {"january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
                            "mar.", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
                            "oct", "oct.", "nov", "nov.", "dec", "dec."};
  return k.count(w) > 0;
}

// Finite auxiliaries and copulas: a word group holding one is a clause, not a name.
const WordSet& FiniteAuxiliaries() {
  static const WordSet k = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                            "can", "could", "does", "did", "should", "must", "may", "might"};
  return k;
}

// Nouns of residence: the place before them is where someone lives, no affiliation
// ("a Phnom Penh resident", "Concord resident Whit Symms").
const WordSet& ResidenceNouns() {
  static const WordSet k = {"resident", "residents", "native", "natives", "villager",
                            "villagers", "inhabitant", "inhabitants", "citizen", "citizens"};
  return k;
}

// "Jakarta-based", "Geneva-based": a word that opens a firm's name without being part of it.
bool BasedIn(std::string_view w) {
  return w.size() > 6 && w.compare(w.size() - 6, 6, "-based") == 0;
}

// What a noun phrase next to a cue names.
struct Guess {
  enum Kind { kNone, kName, kPronoun, kRelative, kRole } kind = kNone;
  int b = 0, e = 0;             // tokens of the whole phrase (mention)
  std::string name;             // proper name (view text), may be empty
  SpeakerType type = SpeakerType::kUnknown;
  char gender = '-';
  bool plural = false;
  std::vector<std::string> roles, orgs;
  LiteralEqString role_head;    // lower-cased role noun for role resolution
  std::string inner_org;        // a name inside a common noun phrase: researchers from Amnesty
  const PronounInfo* pron = nullptr;
  bool group = false;           // plural role noun (investigators, authors)
  bool report_noun = false;     // the report, the study
  bool given = false;           // the name opens with a given name (given_names.tsv)
};

struct Record {
  LiteralEqString type;
  Span content;       // view
  Span clause;        // view: the reported clause of a mixed or partial quote (empty: content)
  Span quoted;        // view: mixed/partial: from the first to the last quoted word in content
  Span cue;           // view (empty: none)
  std::string cue_text;
  int entity = -1;
  Span mention;       // view (empty: none)
  std::string resolution = "none";
  std::optional<std::string> addressee;
  std::optional<std::string> role, org;  // as found next to this quote
  SpeakerType spk_type = SpeakerType::kUnknown;
  std::string unresolved_name;           // name as written when no entity
  double confidence = 0.5;
  Span extent;        // view range to cover with sentences
  int paragraph = 0;
  int region = -1;    // global region id when the record is a quotation
  bool pull = false;
  int chain_next = -1;  // multi-paragraph quotation: record index of the next part
};

// The buffers of a DocExtractor, kept from one document to the next (one set per
// thread, QuoteExtractor::Extract) so that their memory is reused: a DocExtractor
// takes them over and empties them in its constructor and gives them back in its
// destructor. (No effect on results: each starts empty, as a new member would.)
struct DocBuffers {
  std::string lower;
  std::vector<uint64_t> plain;
  std::vector<int> para_sent, sent_order;
  SpeakerTable table;
  std::vector<Record> records;
  std::vector<Tok> toks;
  std::vector<QuoteMark> marks;
  std::vector<QuoteRegion> all_regions, regions;
  std::vector<bool> region_used;
  std::vector<std::pair<int, int>> sent_toks;
  std::vector<char> sent_strict_title, tok_used;
  std::vector<int> region_tb, region_te;
  std::vector<uint8_t> mark_info;
  std::vector<std::pair<int, int>> split, runs;
  std::vector<std::pair<uint64_t, std::string_view>> seen_paragraphs;
};

class DocExtractor {
 public:
  // `buffers` (may be null) lends the members their memory for this document.
  DocExtractor(const QuoteLexicon& lex, const QuoteOptions& opts, const Analysis& a,
               const SpeakerTable::TitleSet* titles, DocBuffers* buffers = nullptr)
      : lex_(lex), opts_(opts), a_(a), v_(a.view()), buffers_(buffers) {
    if (buffers_) {
      SwapBuffers(*buffers_);
      // Empty, as new members (para_sent_, sent_order_ and lower_ are set below).
      table_.Clear();
      records_.clear();
      toks_.clear();
      marks_.clear();
      all_regions_.clear();
      regions_.clear();
      region_used_.clear();
      sent_toks_.clear();
      sent_strict_title_.clear();
      tok_used_.clear();
      region_tb_.clear();
      region_te_.clear();
      mark_info_.clear();
      split_.clear();
      runs_scratch_.clear();
      seen_paragraphs_.clear();
    }
    lower_.assign(v_);
    table_.UseTitleSet(titles);
    {
      std::vector<uint32_t> starts;
      starts.reserve(a.sentences.size());
      for (const Sentence& S : a.sentences) starts.push_back(S.view.start);
      std::sort(starts.begin(), starts.end());
      table_.SetSentenceStarts(std::move(starts));
    }
    table_.Reserve(32);
    records_.reserve(32);
    // Room for the largest paragraph's tokens up front (Tokenize reserves the same per
    // paragraph, so the buffers would otherwise grow paragraph by paragraph).
    uint32_t longest = 0;
    for (const Paragraph& P : a.structure.paragraphs) longest = std::max(longest, P.view.size());
    toks_.reserve(longest / 5 + 8);
    tok_used_.reserve(longest / 5 + 8);
    mark_info_.reserve(longest + 1);
    size_t li = 0;
    // (One more word than needed: PlainWordRunEnd reads the word of the text's end.)
    plain_.assign(lower_.size() / 64 + 1, 0);
#ifdef __SSE2__
    // 16 bytes a step: 'A'-'Z' shifted onto the lowest signed bytes get 0x20 added;
    // then the plain word bytes: '0'-'9' and 'a'-'z' shifted onto the lowest signed
    // bytes, continuation bytes 0x80-0xBF (the signed bytes below -64).
    const __m128i digit_shift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
    const __m128i letter_shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
    const __m128i digit_lim = _mm_set1_epi8(static_cast<char>(-128 + 10));
    const __m128i letter_lim = _mm_set1_epi8(static_cast<char>(-128 + 26));
    const __m128i cont_lim = _mm_set1_epi8(static_cast<char>(-64));
    for (; li + 16 <= lower_.size(); li += 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(lower_.data() + li));
      __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                                     _mm_set1_epi8(static_cast<char>(-128 + 26)));
      x = _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8(32)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(lower_.data() + li), x);
      __m128i plain = _mm_or_si128(
          _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(x, digit_shift), digit_lim),
                       _mm_cmplt_epi8(_mm_add_epi8(x, letter_shift), letter_lim)),
          _mm_cmplt_epi8(x, cont_lim));
      plain_[li >> 6] |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(plain))} << (li & 63);
    }
#endif
    for (; li < lower_.size(); ++li) {
      unsigned char u = static_cast<unsigned char>(lower_[li]);
      lower_[li] = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0));
      if (kPlainWordByte[static_cast<unsigned char>(lower_[li])]) plain_[li >> 6] |= uint64_t{1} << (li & 63);
    }
    // Sentences grouped by paragraph (counting sort, text order kept).
    size_t np = a.structure.paragraphs.size();
    para_sent_.assign(np + 2, 0);
    for (const Sentence& S : a.sentences)
      if (S.paragraph >= 0 && static_cast<size_t>(S.paragraph) < np) ++para_sent_[S.paragraph + 1];
    for (size_t q = 1; q < para_sent_.size(); ++q) para_sent_[q] += para_sent_[q - 1];
    sent_order_.assign(para_sent_[np], 0);
    std::vector<int> fill(para_sent_.begin(), para_sent_.end());
    for (size_t si = 0; si < a.sentences.size(); ++si) {
      int sp = a.sentences[si].paragraph;
      if (sp >= 0 && static_cast<size_t>(sp) < np) sent_order_[fill[sp]++] = static_cast<int>(si);
    }
  }

  ~DocExtractor() {
    if (buffers_) SwapBuffers(*buffers_);
  }
  DocExtractor(const DocExtractor&) = delete;
  DocExtractor& operator=(const DocExtractor&) = delete;

  void Run();
  // The claims, with capacity for `room` more (see QuoteExtractor::Run).
  std::vector<Claim> Claims(std::vector<SpeakerProfile>* speakers, size_t room = 0);

 private:
  // --- tokens
  void Tokenize(int p, const std::vector<QuoteRegion>& regions, const std::vector<QuoteMark>& marks);
  void LookUpLongWord(Tok* t) const;
  std::string_view View(Span s) const { return std::string_view(v_).substr(s.start, s.size()); }
  std::string OrigText(Span view) const { return std::string(a_.norm.ToOriginal(view).Of(a_.text())); }
  std::string_view TokText(int b, int e) const {
    if (b >= e) return {};
    return std::string_view(v_).substr(toks_[b].b, toks_[e - 1].e - toks_[b].b);
  }
  Span TokSpan(int b, int e) const { return b >= e ? Span{} : Span{toks_[b].b, toks_[e - 1].e}; }
  bool Boundary(int i, bool words = true) const;
  // Most longer words of tokens [sb, se) are capitalised (a headline in title case).
  bool TitleCase(int sb, int se) const {
    int words = 0, caps = 0;
    for (int i = sb; i < se; ++i)
      if (toks_[i].kind == Tok::kWord && toks_[i].lower.size() > 3) {
        ++words;
        caps += toks_[i].cap;
      }
    return words > 0 && caps * 10 >= words * 6;
  }
  // Stricter: nearly every longer word capitalised, as in a headline set in title case
  // (a sentence dense with names, "Count former Mexican President Felipe Calderon
  // among Donald Trump's detractors", is not).
  bool StrictTitleCase(int sb, int se) const {
    int words = 0, caps = 0;
    for (int i = sb; i < se; ++i)
      if (toks_[i].kind == Tok::kWord && toks_[i].lower.size() > 3) {
        ++words;
        caps += toks_[i].cap;
      }
    return words >= 3 && caps * 10 >= words * 9;
  }
  // "vice chairman": tokens i and i + 1 lower-cased with one space between (a view
  // into lower_ when the text has exactly that, else built in *buf).
  std::string_view TwoWords(int i, std::string* buf) const {
    const Tok& a = toks_[i];
    const Tok& b = toks_[i + 1];
    if (b.b == a.e + 1 && v_[a.e] == ' ') return std::string_view(lower_).substr(a.b, b.e - a.b);
    buf->assign(a.lower);
    buf->push_back(' ');
    buf->append(b.lower);
    return *buf;
  }

  // --- phrases
  Guess Interpret(int b, int e) const;
  void InterpretAppositive(int b, int e, Guess* g) const;
  bool LeftSubject(int sb, int k, Guess* g, int* subj_begin) const;
  bool RightSpeaker(int k, int se, Guess* g, int* end) const;
  bool SentenceSubject(int sb, int k, Guess* g, int* subj_begin) const;
  bool SentenceSubjectAt(int sb, int k, Guess* g, int* subj_begin) const;
  int Resolve(const Guess& g, uint32_t pos, Record* r);
  int NounPhraseEntity(const Guess& g) const;
  int CueAt(int i, int se, const CueWord** cw) const;  // token length of a cue starting at i (0: none)

  // --- passes
  void DoParagraph(int p);
  void QuoteAttributions(int p);
  void CueAttributions(int sb, int se);
  void Leftovers(int p);
  void Characterisations();
  bool Headline(int p);
  bool Transcript(int p);
  bool AnswerGoesOn(int p);
  std::string_view TurnLabel(int p) const;
  void Pull(int p);
  void RegisterNames(int sb, int se);
  void AddRecord(const Record& rec);
  // *r takes prev's speaker as a continuation (the mention stays with prev).
  void Continue(const Record& prev, double confidence, Record* r) const {
    r->entity = prev.entity;
    r->unresolved_name = !prev.mention.empty() ? OrigText(prev.mention) : prev.unresolved_name;
    r->resolution = "continuation";
    r->confidence = confidence;
    r->role = prev.role;
    r->org = prev.org;
    r->spk_type = prev.spk_type;
  }
  // A subject pronoun opening a clause within tokens [from, to) of plain words ("told a
  // union gathering in Lenhaven she will ..."); -1 when there is none.
  // A lower-case word whose capitalised form heads organisations' names
  // (speaker_org_words.tsv): ministry, company, department, bank.
  bool OrgHeadNoun(const Tok& t) const {
    if (t.kind != Tok::kWord || t.cap || t.lower.empty() || t.lower[0] < 'a' || t.lower[0] > 'z') return false;
    std::string w(t.lower);
    if (t.possessive) w.resize(w.size() - 2);  // the ministry's (report)
    if (w.empty()) return false;
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    const NameWord* nw = lex_.Name(w);
    return nw && *nw == NameWord::kOrg;
  }
  // "The King's Fund", "Children's Hospital": a possessive inside an organisation's
  // name, right before the word that heads it.
  // Not a person's ("Obama's Council of Economic Advisers"): the possessor follows
  // "the" or is a plural noun (Women's, Children's, Patrolmen's, People's).
  bool PossessiveInName(int j, int end) const {
    if (j + 1 >= end || !toks_[j + 1].cap || toks_[j + 1].kind != Tok::kWord || toks_[j + 1].possessive) return false;
    const NameWord* nw = toks_[j + 1].name;
    if (!nw || *nw != NameWord::kOrg) return false;
    std::string_view w = toks_[j].lower;
    w.remove_suffix(2);
    auto ends = [&](std::string_view x) { return w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0; };
    return (j > 0 && toks_[j - 1].lower == "the") || ends("men") || ends("ren") || ends("ple");
  }
  // A lower-case particle inside a person's name, before its next capitalised word:
  // Martin van der Berg, Ursula von der Leyen, Lula da Silva, Mohammed bin Salman.
  bool NameParticleAt(int j, int end) const {
    static const WordSet kParticle = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della",
                                      "dos", "das", "bin", "binti", "ibn", "al", "el", "ter", "ten"};
    int k = j;
    while (k < end && k - j < 2 && toks_[k].kind == Tok::kWord && !toks_[k].cap && kParticle.count(toks_[k].lower))
      ++k;
    return k > j && k < end && toks_[k].kind == Tok::kWord && toks_[k].cap;
  }
  int ClauseSubjectAhead(int from, int to, int se) const {
    static const WordSet kSubjectPronoun = {"he", "she", "they", "we", "i", "it"};
    for (int x = from; x < std::min(se, to); ++x) {
      if (toks_[x].kind != Tok::kWord || toks_[x].region >= 0 || toks_[x].cue) break;
      if (kSubjectPronoun.count(toks_[x].lower) && x + 1 < se && toks_[x + 1].kind == Tok::kWord) return x;
    }
    return -1;
  }
  int ContinueAfterAttribution(int end, int se, Record* r);

  const QuoteLexicon& lex_;
  const QuoteOptions& opts_;
  const Analysis& a_;
  const std::string& v_;
  std::string lower_;             // v_ lower-cased (ASCII); Tok::lower points into it
  std::vector<uint64_t> plain_;   // bit k % 64 of plain_[k / 64]: byte k of v_ is a kPlainWordByte
  std::vector<int> para_sent_;    // sentences of paragraph p: sent_order_[para_sent_[p] ..
  std::vector<int> sent_order_;   //   para_sent_[p + 1]) (indices into Analysis::sentences)
  SpeakerTable table_;
  std::vector<Record> records_;

  // Current paragraph.
  std::vector<Tok> toks_;
  std::vector<QuoteMark> marks_;              // the paragraph's quotation-mark candidates
  std::vector<QuoteRegion> all_regions_;      // their regions, nested ones included
  std::vector<QuoteRegion> regions_;          // top-level regions of the paragraph
  std::vector<bool> region_used_;
  std::vector<std::pair<int, int>> sent_toks_;  // per sentence of the paragraph: [b, e) tokens
  std::vector<char> sent_strict_title_;         // per sentence: StrictTitleCase of its tokens
  std::vector<char> tok_used_;
  std::vector<int> region_tb_, region_te_;  // token range [tb, te) of each region (-1: none)
  std::vector<uint8_t> mark_info_;          // Tokenize scratch: marks per paragraph byte
  std::vector<std::pair<int, int>> split_;  // Tokenize scratch
  mutable std::vector<std::pair<int, int>> runs_scratch_;  // Interpret scratch: capitalised runs
  int para_ = 0;
  // The name opening paragraph opener_para_ (its first sentence's subject), as view
  // offsets: looked up only when the next paragraph needs it (Leftovers).
  int opener_para_ = -1;
  Span opener_name_;
  int region_base_ = 0;  // global id of regions_[0]
  int last_attr_record_ = -1;  // last record with a speaker (for continuations)
  bool question_turn_seen_ = false;  // a "Q:" transcript turn earlier in the document
  bool transcript_ = false;  // some "Name:" label opens two or more paragraphs
  int interviewee_ = -1;             // the entity "A:" turns stand for
  int last_answer_para_ = -1;        // the paragraph of the last "A:" turn (or its continuation)
  int last_quotation_record_ = -1;  // last direct/mixed record with a resolved speaker
  int pending_chain_ = -1;     // record of a quotation left open at its paragraph's end
  std::optional<Record> colon_attr_;  // "He said:" closing the previous paragraph
  DocBuffers* const buffers_;  // lent the buffers below (null: none)
  void SwapBuffers(DocBuffers& b) {
    lower_.swap(b.lower);
    plain_.swap(b.plain);
    para_sent_.swap(b.para_sent);
    sent_order_.swap(b.sent_order);
    std::swap(table_, b.table);
    records_.swap(b.records);
    toks_.swap(b.toks);
    marks_.swap(b.marks);
    all_regions_.swap(b.all_regions);
    regions_.swap(b.regions);
    region_used_.swap(b.region_used);
    sent_toks_.swap(b.sent_toks);
    sent_strict_title_.swap(b.sent_strict_title);
    tok_used_.swap(b.tok_used);
    region_tb_.swap(b.region_tb);
    region_te_.swap(b.region_te);
    mark_info_.swap(b.mark_info);
    split_.swap(b.split);
    runs_scratch_.swap(b.runs);
    seen_paragraphs_.swap(b.seen_paragraphs);
  }
  // Paragraphs read so far, keyed by length and their first and last bytes (hashing
  // whole paragraphs costs more than the rare full comparison).
  // A list, not a hash map: a document has a few dozen paragraphs, and comparing keys
  // costs less than allocating a node per paragraph.
  std::vector<std::pair<uint64_t, std::string_view>> seen_paragraphs_;
  bool SeenBefore(std::string_view t) {
    // (The first and last 16 bytes as packed words, mixed: no loop over the bytes.)
    size_t n = std::min<size_t>(t.size(), 16);
    uint64_t a, b, c, d;
    PackWord(t.substr(0, n), &a, &b);
    PackWord(t.substr(t.size() - n), &c, &d);
    uint64_t key = ((a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull) ^
                   ((c ^ (d * 0x94D049BB133111EBull)) * 0xD6E8FEB86659FD93ull) ^
                   (static_cast<uint64_t>(t.size()) << 40);
    for (const auto& [k, seen] : seen_paragraphs_)
      if (k == key && seen == t) return true;
    seen_paragraphs_.emplace_back(key, t);
    return false;
  }
};

// ----------------------------------------------------------------- tokens

// Tokenize's look-up of a word longer than 16 bytes (kept out of line: see there).
__attribute__((noinline)) void DocExtractor::LookUpLongWord(Tok* t) const {
  const WordInfo* wi = lex_.Word(t->lower);
  if (wi) {
    t->cue = wi->cue;
    t->pron = wi->pron;
    t->role = wi->role;
    t->phrase_start = wi->phrase_start;
    t->fw = wi->function;
  }
  if (t->cap) t->name = lex_.NameOf(std::string_view(v_.data() + t->b, t->e - t->b), wi);
}

void DocExtractor::Tokenize(int p, const std::vector<QuoteRegion>& regions,
                            const std::vector<QuoteMark>& marks) {
  toks_.clear();
  Span pv = a_.structure.paragraphs[p].view;
  uint32_t i = pv.start, end = std::min<uint32_t>(pv.end, v_.size());
  if (i >= end) {
    sent_toks_.clear();
    sent_strict_title_.clear();
    tok_used_.clear();
    region_tb_.assign(regions.size(), -1);
    region_te_.assign(regions.size(), -1);
    return;
  }
  toks_.reserve((end - i) / 5 + 8);
  // Per byte of the paragraph: kMarkAny for every quotation-mark candidate, the mark
  // length (low bits) for marks that open or close a top-level region, kMarkClose
  // for closing ones.
  enum : uint8_t { kMarkLen = 0x0F, kMarkClose = 0x20, kMarkAny = 0x80 };
  mark_info_.assign(end - i + 1, 0);
  const uint32_t pb = i;
  // Local pointers: the compiler cannot keep members in registers across the
  // writes into toks_.
  const unsigned char* V = reinterpret_cast<const unsigned char*>(v_.data());
  const uint8_t* MI = mark_info_.data();
  auto info = [&](uint32_t off) -> uint8_t { return off >= pb && off < end ? MI[off - pb] : 0; };
  for (const QuoteMark& m : marks)
    if (m.view >= i && m.view < end) mark_info_[m.view - pv.start] |= kMarkAny;
  for (const QuoteRegion& r : regions) {
    if (r.open >= i && r.open < end) mark_info_[r.open - pv.start] |= r.open_len & kMarkLen;
    if (r.closed && r.close >= i && r.close < end) {
      uint8_t& x = mark_info_[r.close - pv.start];
      x = static_cast<uint8_t>((x & ~kMarkLen) | (r.close_len & kMarkLen));
      if (r.depth == 0) x |= kMarkClose;
    }
  }
  const std::string_view lv(lower_);
  const uint64_t* const PL = plain_.data();
  // regions are sorted by open and do not overlap at depth 0: regions[ri] is the first
  // top-level one not ended before the current token, [r_open, r_end) its outer span.
  size_t ri = 0;
  uint32_t r_open = 0, r_end = 0;
  auto next_region = [&](uint32_t b) {
    while (ri < regions.size() && (regions[ri].depth != 0 || b >= regions[ri].Outer().end)) ++ri;
    r_open = ri < regions.size() ? regions[ri].open : UINT32_MAX;
    r_end = ri < regions.size() ? regions[ri].Outer().end : UINT32_MAX;
  };
  next_region(i);
  while (i < end) {
    unsigned char c = V[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    Tok& t = toks_.emplace_back();
    t.b = i;
    uint8_t mi = MI[i - pb];
    uint32_t te;  // t.e, kept in a register
    if (mi & kMarkLen) {
      te = i + (mi & kMarkLen);
      t.kind = Tok::kQuote;
      t.lower = "\"";
    } else if (IsWordByte(c) && !(c >= 0xC0 && (mi & kMarkAny))) {
      uint32_t j = i;
      while (j < end) {
        // The common case, without mark checks.
        j = PlainWordRunEnd(PL, j, end);
        if (j >= end) break;
        unsigned char d = V[j];
        // (A byte none of the tests below accepts ends the word at once: the usual
        // space or punctuation.)
        if (!kMayJoinWord[d]) break;
        if (IsWordByte(d) && !(d >= 0xC0 && (info(j) & kMarkAny))) {
          ++j;
        } else if ((d == '.' || d == '-' || d == '\'' || d == '&') && j + 1 < end &&
                   IsWordByte(V[j + 1]) && !(info(j) & kMarkLen)) {
          ++j;
        } else if (d == ',' && j > i && j + 1 < end && V[j - 1] >= '0' && V[j - 1] <= '9' &&
                   V[j + 1] >= '0' && V[j + 1] <= '9') {
          ++j;  // "40,000" is one token, not "40" "," "000"
        } else {
          break;
        }
      }
      // "the pilots' union": a plural's possessive apostrophe (a lower-case word in -s,
      // a lower-case word after it, and no quotation closing there) stays with the word.
      bool plural_possessive = false;
      if (j + 2 < end && V[j] == '\'' && V[j - 1] == 's' && c >= 'a' && c <= 'z' && V[j + 1] == ' ' &&
          V[j + 2] >= 'a' && V[j + 2] <= 'z' && !(info(j) & kMarkLen)) {
        ++j;
        plural_possessive = true;
      }
      te = j;
      std::string_view w(v_.data() + i, j - i);
      // Abbreviations keep their full stop: Mr. Rep. U.S. J.
      if (j < end && V[j] == '.') {
        bool initial = w.size() == 1 && c >= 'A' && c <= 'Z';
        // Dotted abbreviations (U.S., Ph.D.), not domain names (Tchadinfos.com).
        size_t dot = w.rfind('.');
        bool dotted = dot != std::string_view::npos && w.size() - dot <= 2;
        // A short capitalised word before a number: "Aug. 28", "Sept. 11", "No. 5".
        bool before_number = w.size() >= 2 && w.size() <= 4 && c >= 'A' && c <= 'Z' && j + 2 < end &&
                             V[j + 1] == ' ' && V[j + 2] >= '0' && V[j + 2] <= '9' &&
                             std::all_of(w.begin(), w.end(), [](char x) { return std::isalpha(static_cast<unsigned char>(x)); });
        // ("Baldwin, Miss.": the title is written without a full stop; with one it is
        // Mississippi, and the token keeps its stop so that it is no title.)
        if (initial || dotted || before_number || w == "Miss" ||
            lex_.Prefix(std::string_view(v_.data() + i, j + 1 - i)))
          te = j + 1;
      }
      const uint32_t n = te - i;
      t.kind = Tok::kWord;
      t.lower = std::string_view(lv.data() + i, n);
      bool cap = false;
      if (c >= 'A' && c <= 'Z') {
        cap = true;
      } else if (c >= 0xC0) {
        int len = 1;
        char32_t cp = DecodeUtf8(v_, i, &len);
        cap = u_isupper(cp);
      }
      t.cap = cap;
      if (!(c >= 'a' && c <= 'z')) {  // (a lower-case first letter: not all capitals)
        int letters = 0;
        bool lower_seen = false;
        for (uint32_t k = i; k < te && !lower_seen; ++k) {
          unsigned char d = V[k];
          if (d >= 'A' && d <= 'Z') ++letters;
          if (d >= 'a' && d <= 'z') lower_seen = true;
        }
        t.allcaps = letters >= 2 && !lower_seen;
      }
      if ((n > 2 && lv[te - 2] == '\'' && lv[te - 1] == 's') || plural_possessive) t.possessive = true;  // 's, s'
    } else {
      int len = 1;
      if (c >= 0x80) DecodeUtf8(v_, i, &len);
      te = i + len;
      t.kind = Tok::kPunct;
      t.lower = std::string_view(v_.data() + i, len);
    }
    t.e = te;
    if (i >= r_end) next_region(i);
    if (i >= r_open) t.region = static_cast<int>(ri);
    i = te;
    if (i < end && V[i] == ' ') ++i;  // (the usual single space, without a turn of the loop)
  }
  // Lexicon entries of words that do not start with a digit (a loop
  // of its own: in the one above, the look-up's values would not stay in registers).
  // Words of more than 16 bytes ("secretary-general") are rare: they are looked up out
  // of line, so that the common look-up is compiled for short keys.
  for (Tok& t : toks_) {
    if (t.kind != Tok::kWord || (t.lower[0] >= '0' && t.lower[0] <= '9')) continue;
    if (t.lower.size() > 16) {
      LookUpLongWord(&t);
      continue;
    }
    const WordInfo* wi = lex_.Word(t.lower);
    if (wi) {
      t.cue = wi->cue;
      t.pron = wi->pron;
      t.role = wi->role;
      t.phrase_start = wi->phrase_start;
      t.fw = wi->function;
    }
    if (t.cap) t.name = lex_.NameOf(std::string_view(v_.data() + t.b, t.e - t.b), wi);
  }
  // Sentences of this paragraph, in one pass over the tokens that also sets each
  // token's sentence (sent) and its index among them (ls), counts each sentence's
  // StrictTitleCase (longer words, capitalised ones) and finds the token range of
  // each top-level region (the tokens are visited in order).
  sent_toks_.clear();
  sent_strict_title_.clear();
  region_tb_.assign(regions.size(), -1);
  region_te_.assign(regions.size(), -1);
  int* const RTB = region_tb_.data();
  int* const RTE = region_te_.data();
  auto note_region = [&](const Tok& t, int k) {
    if (int r = t.region; r >= 0) {
      if (RTB[r] < 0) RTB[r] = k;
      RTE[r] = k + 1;
    }
  };
  int ti = 0;
  Tok* const T = toks_.data();
  const int nt = static_cast<int>(toks_.size());
  for (int s = para_sent_[p]; s < para_sent_[p + 1]; ++s) {
    const int si = sent_order_[s];
    const uint32_t send = a_.sentences[si].view.end;
    const int b = ti, ls = static_cast<int>(sent_toks_.size());
    int words = 0, caps = 0;
    for (; ti < nt && T[ti].b < send; ++ti) {
      Tok& t = T[ti];
      t.sent = si;
      t.ls = ls;
      if (t.kind == Tok::kWord && t.lower.size() > 3) {
        ++words;
        caps += t.cap;
      }
      note_region(t, ti);
    }
    sent_toks_.emplace_back(b, ti);
    sent_strict_title_.push_back(words >= 3 && caps * 10 >= words * 9);  // StrictTitleCase(b, ti)
  }
  // ls and sent_strict_title_ are set again below when the sentences change after
  // this (tokens past the last sentence, or a sentence split).
  bool resentenced = ti < nt;
  // Tokens past the last sentence (should not happen) join it.
  while (ti < nt) {
    if (sent_toks_.empty()) sent_toks_.emplace_back(ti, ti);
    toks_[ti].sent = toks_[sent_toks_.back().first < nt ? sent_toks_.back().first : 0].sent;
    note_region(toks_[ti], ti);
    ++ti;
    sent_toks_.back().second = ti;
  }
  // The segmenter may keep `said "A." Next` together: split after a closing mark
  // that follows . ? or ! when a capitalised word comes next.
  // (Quotation-mark tokens are those of regions: without regions nothing splits.)
  if (!regions.empty()) {
    split_.clear();
    for (auto [b, e] : sent_toks_) {
      int start = b;
      for (int k = b + 1; k + 1 < e; ++k) {
        const Tok& t = toks_[k];
        if (t.kind != Tok::kQuote || !toks_[k + 1].cap) continue;
        if (!(info(t.b) & kMarkClose)) continue;
        // A quotation that opens the sentence is followed by its attribution
        // ("Can we win?" Mr. Adu asked.): the segmenter's sentence stands.
        if (t.region >= 0 && static_cast<size_t>(t.region) < regions.size() &&
            regions[t.region].open <= toks_[start].b)
          continue;
        if (IsPunct(toks_[k - 1], '.') || IsPunct(toks_[k - 1], '?') || IsPunct(toks_[k - 1], '!')) {
          split_.emplace_back(start, k + 1);
          start = k + 1;
        }
      }
      split_.emplace_back(start, e);
    }
    if (split_.size() != sent_toks_.size()) resentenced = true;
    sent_toks_.swap(split_);
  }
  tok_used_.assign(toks_.size(), 0);
  if (resentenced) {
    sent_strict_title_.resize(sent_toks_.size());
    for (size_t q = 0; q < sent_toks_.size(); ++q) {
      for (int k = sent_toks_[q].first; k < sent_toks_[q].second; ++k) toks_[k].ls = static_cast<int>(q);
      sent_strict_title_[q] = StrictTitleCase(sent_toks_[q].first, sent_toks_[q].second);
    }
  }
}

// A capitalised word that ends a name run started before it: a day ("South Carolina
// Saturday", "HuffPollster for Monday") and, in a title-case line, the words that are
// lower case in running text ("Trump Says He's ...": a cue verb, pronoun or function word).
bool EndsNameRun(const Tok& t, bool title_case) {
  static const WordSet kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "today", "yesterday", "tomorrow"};
  // (not a name's capitals: "USA TODAY")
  if (kDays.count(t.lower) && !t.allcaps) return true;
  if (!title_case) return false;
  return (t.cue && t.cue->verb) || t.pron ||
         ((t.fw & (kFwDeterminer | kFwSkippable | kFwPreposition)) && t.lower != "the" && t.lower != "of" &&
          t.lower != "for" && t.lower != "and");
}

// A number as a word or in digits: "two", "12".
// The gender of a given name (given_names.tsv): 'm', 'f' or '-' (either); 0 for other words.
char GivenNameGender(const Tok& t) {
  if (!t.name) return 0;
  switch (*t.name) {
    case NameWord::kGivenM: return 'm';
    case NameWord::kGivenF: return 'f';
    case NameWord::kGiven: return '-';
    default: return 0;
  }
}

bool IsCountWord(const Tok& t) {
  static const WordSet kNumbers = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                   "eleven", "twelve"};
  return t.kind == Tok::kWord && ((t.lower[0] >= '0' && t.lower[0] <= '9') || kNumbers.count(t.lower));
}

// A token that ends a noun phrase scan to the left.
bool DocExtractor::Boundary(int i, bool words) const {
  const Tok& t = toks_[i];
  if (t.kind == Tok::kQuote) return true;
  if (t.kind == Tok::kPunct) {
    char c = t.lower[0];
    // The full stop of an abbreviation before a comma ("Springfield, Va., said").
    if (c == '.' && i > 0 && i + 1 < static_cast<int>(toks_.size()) && IsPunct(toks_[i + 1], ',') &&
        toks_[i - 1].kind == Tok::kWord && toks_[i - 1].cap && toks_[i - 1].lower.size() <= 4 &&
        toks_[i - 1].e == t.b)
      return false;
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '-' || c == '.' ||
           c == '?' || c == '!' || c == '[' || c == ']' || c == '"' || c == '\'';
  }
  if (!words) return false;
  return (t.fw & kFwBoundary) != 0;
}

// ----------------------------------------------------------------- phrases

int DocExtractor::CueAt(int i, int se, const CueWord** cw) const {
  *cw = nullptr;
  const Tok& t = toks_[i];
  if (t.kind != Tok::kWord || t.region >= 0) return 0;
  if (const auto* phs = t.phrase_start ? lex_.PhrasesStartingWith(t.lower) : nullptr) {
    for (const CuePhrase& ph : *phs) {
      int n = static_cast<int>(ph.words.size());
      if (i + n > se) continue;
      bool ok = true;
      for (int k = 0; k < n && ok; ++k) ok = toks_[i + k].lower == ph.words[k] && toks_[i + k].region < 0;
      if (ok) return n;
    }
  }
  const CueWord* w = t.cue;
  if (w && w->verb) {
    // Phrasal verbs that report nothing: "showed up at", "added to his portfolio".
    // ("added to People" after a quotation names an addressee.)
    if (i + 1 < se && toks_[i + 1].region < 0 &&
        (toks_[i + 1].lower == "up" ||
         (toks_[i + 1].lower == "to" && w->lemma == "add" && i + 2 < se &&
          ((toks_[i + 2].fw & kFwDeterminer) || toks_[i + 2].pron))))
      return 0;
    *cw = w;
    return 1;
  }
  return 0;
}

void DocExtractor::InterpretAppositive(int b, int e, Guess* g) const {
  // "spokesman for the Ministry of Justice and vice-chairman of the X Committee",
  // "Amnesty's regional director", "a Phnom Penh resident who ..."
  int i = b;
  int role_end = -1;  // one past the last role word taken: "deputy" + "head" -> "deputy head"
  // "head of the ministry's crop production department", "an economist at the central
  // bank": a lower-case phrase after of/at/for whose last word heads organisation names.
  // Taken only when the apposition names no organisation ("executive director of the
  // advocacy group Progress Iowa" -> Progress Iowa); not after "a" ("owner of a shop").
  const size_t orgs_before = g->orgs.size();
  std::vector<std::string_view> weak_orgs;
  auto org_phrase = [&](int from) -> int {
    int j = from;
    if (j < e && (toks_[j].lower == "a" || toks_[j].lower == "an")) return -1;
    if (j < e && (toks_[j].fw & kFwDeterminer)) ++j;
    const int start = j;
    while (j < e && j - start < 6 && toks_[j].kind == Tok::kWord && !toks_[j].cap && !toks_[j].cue &&
           !(toks_[j].fw & (kFwPreposition | kFwBoundary | kFwDeterminer)) && toks_[j].lower != "who" &&
           toks_[j].lower != "whose")
      ++j;
    if (j == start || toks_[j - 1].possessive || !OrgHeadNoun(toks_[j - 1])) return -1;
    weak_orgs.push_back(TokText(from, j));
    return j;
  };
  while (i < e) {
    const Tok& t = toks_[i];
    if (t.lower == "who" || t.lower == "which") break;
    if (t.kind == Tok::kWord && !t.cap && (t.lower == "of" || t.lower == "at" || t.lower == "for") &&
        !g->roles.empty() && i + 1 < e && !toks_[i + 1].cap) {
      if (int j = org_phrase(i + 1); j > 0) {
        i = j;
        continue;
      }
    }
    if (t.kind == Tok::kWord && !t.cap) {
      // Longest role noun (two words first).
      if (i + 1 < e) {
        std::string buf;
        std::string_view two = TwoWords(i, &buf);
        if (const TitleWord* tw = lex_.Role(two); tw && tw->kind == TitleWord::kRole) {
          g->roles.emplace_back(two);
          if (g->gender == '-' && tw->gender != '-') g->gender = tw->gender;
          i += 2;
          continue;
        }
      }
      std::string_view w = t.lower;
      if (const TitleWord* tw = t.role; tw && tw->kind == TitleWord::kRole) {
        if (role_end == i && !g->roles.empty()) (g->roles.back() += ' ') += w;
        else g->roles.emplace_back(w);
        role_end = i + 1;
        if (g->gender == '-' && tw->gender != '-') g->gender = tw->gender;
        if (g->type == SpeakerType::kUnknown) g->type = SpeakerType::kPerson;
      }
      ++i;
      continue;
    }
    if (t.kind == Tok::kWord && t.cap) {
      int j = i;
      while (j < e && (toks_[j].cap || ((toks_[j].lower == "of" || toks_[j].lower == "for" ||
                                         toks_[j].lower == "the" || toks_[j].lower == "and") &&
                                        j + 1 < e && toks_[j + 1].cap))) {
        // (A possessive opening a place's name after at/of/for stays in it: "a
        // hepatologist at King's College Hospital", "at St John's College".)
        if (toks_[j].possessive && !PossessiveInName(j, e) &&
            !(i > b && (toks_[i - 1].lower == "at" || toks_[i - 1].lower == "of" || toks_[i - 1].lower == "for") &&
              j + 1 < e && toks_[j + 1].cap && toks_[j + 1].name && *toks_[j + 1].name == NameWord::kOrg)) {
          ++j;
          break;
        }
        ++j;
      }
      std::string org(TokText(i, j));
      if (org.size() > 2 && org.compare(org.size() - 2, 2, "'s") == 0) org.resize(org.size() - 2);
      // "a Phnom Penh resident": a place before a residence noun is no affiliation.
      if (j < e && ResidenceNouns().count(toks_[j].lower)) {
        i = j;
        continue;
      }
      // A capitalised role word alone ("Director") is a role.
      if (j == i + 1 && toks_[i].role) g->roles.emplace_back(toks_[i].lower);
      else if (!(j == i + 1 && lex_.Name(TokText(i, j)) &&
                 *lex_.Name(TokText(i, j)) == NameWord::kNotPerson))
        g->orgs.push_back(org);
      i = j;
      continue;
    }
    ++i;
  }
  if (g->orgs.size() == orgs_before)
    for (std::string_view o : weak_orgs) g->orgs.emplace_back(o);
}

Guess DocExtractor::Interpret(int b, int e) const {
  Guess g;
  g.b = b;
  g.e = e;
  if (b >= e) return g;
  // Trim punctuation at both ends.
  while (b < e && toks_[b].kind != Tok::kWord) ++b;
  while (e > b && toks_[e - 1].kind != Tok::kWord) --e;
  if (e < g.e && IsPunct(toks_[e], ')'))
    for (int i = b; i < e; ++i)
      if (IsPunct(toks_[i], '(')) {
        ++e;
        break;
      }
  g.b = b;
  g.e = e;
  if (b >= e) return g;
  if (e - b == 1) {
    if (const PronounInfo* p = toks_[b].pron) {
      g.kind = p->kind == PronounInfo::kRelative ? Guess::kRelative : Guess::kPronoun;
      g.pron = p;
      g.gender = p->gender;
      g.plural = p->plural;
      return g;
    }
  }
  // Head segment: up to the first comma; the rest are appositions.
  int head_end = e;
  for (int i = b; i < e; ++i)
    if (IsPunct(toks_[i], ',') || toks_[i].lower == "who" || toks_[i].lower == "which") {
      head_end = i;
      break;
    }
  if (head_end < e) InterpretAppositive(head_end, e, &g);
  // Capitalised runs in the head.
  int i = b;
  std::vector<std::pair<int, int>>& runs = runs_scratch_;  // Interpret does not nest
  runs.clear();
  const bool title_case = toks_[b].ls >= 0 && static_cast<size_t>(toks_[b].ls) < sent_strict_title_.size() &&
                          sent_strict_title_[toks_[b].ls];
  while (i < head_end) {
    const Tok& t = toks_[i];
    if (t.kind == Tok::kWord && t.cap) {
      int j = i;
      while (j < head_end) {
        const Tok& u = toks_[j];
        if (j > i && EndsNameRun(u, title_case)) break;
        bool conn = j > i && (((u.lower == "of" || u.lower == "for" || u.lower == "and" || u.lower == "the" ||
                                u.lower == "on") &&
                               j + 1 < head_end && toks_[j + 1].cap) ||
                              NameParticleAt(j, head_end));
        if (!(u.kind == Tok::kWord && (u.cap || conn))) break;
        ++j;
        if (u.possessive && !PossessiveInName(j - 1, head_end)) break;
      }
      // A connector left at the end ("Kentucky Republican on" before "Tuesday").
      while (j > i + 1 && !toks_[j - 1].cap) --j;
      // Drop leading determiners and sentence-initial function words ("The", "In").
      int rb = i;
      while (rb < j) {
        const NameWord* nw = toks_[rb].name;
        if (nw && *nw == NameWord::kNotPerson) ++rb;
        else break;
      }
      // ... and the connector after them ("One of Berg's aides").
      if (rb > i) while (rb < j && !toks_[rb].cap) ++rb;
      // A party label before a person's name ("Republican Donald Trump"), not before an
      // organisation's ("Republican National Committee").
      if (j - rb >= 3 && toks_[rb].name && *toks_[rb].name == NameWord::kLabel) {
        bool org_word = false;
        for (int x = rb + 1; x < j && !org_word; ++x)
          org_word = toks_[x].name && (*toks_[x].name == NameWord::kOrg || *toks_[x].name == NameWord::kMedia ||
                                       *toks_[x].name == NameWord::kGroup);
        if (!org_word) ++rb;
      }
      // A lone capitalised word opening the sentence ("Recent estimates") is no name
      // unless the document knows it.
      // After a quotation that ends in a comma ("“...,” Sanders said") the word does not
      // open a sentence.
      bool after_quote = rb > 1 && toks_[rb - 1].kind == Tok::kQuote && IsPunct(toks_[rb - 2], ',');
      bool initial = rb == 0 || toks_[rb - 1].sent != toks_[rb].sent ||
                     (toks_[rb - 1].kind == Tok::kQuote && !after_quote);
      if (rb < j && j - rb == 1 && initial && table_.Find(TokText(rb, j)) < 0 && !toks_[rb].allcaps &&
          !(rb > b && toks_[rb - 1].kind == Tok::kWord) && !lex_.Prefix(TokText(rb, j)))
        rb = j;
      if (rb < j) runs.emplace_back(rb, j);
      i = j;
    } else {
      ++i;
    }
  }
  // Role nouns in the head (lower-case words), and group/report nouns.
  for (int k = b; k < head_end; ++k) {
    const Tok& t = toks_[k];
    // (A plural role noun opening the sentence is capitalised: "Officials in Ohio said".)
    if (t.kind != Tok::kWord ||
        (t.cap && !(k == b && t.role && t.role->kind == TitleWord::kGroup && !t.allcaps &&
                    (k == 0 || toks_[k - 1].sent != t.sent))))
      continue;
    if (k + 1 < head_end) {
      std::string buf;
      std::string_view two = TwoWords(k, &buf);
      if (const TitleWord* tw = lex_.Role(two); tw && tw->kind == TitleWord::kRole) {
        g.roles.emplace_back(two);
        g.role_head = two;
        ++k;
        continue;
      }
    }
    if (const TitleWord* tw = t.role) {
      if (tw->kind == TitleWord::kGroup) {
        g.group = true;
        g.role_head = t.lower;
      } else {
        g.roles.emplace_back(t.lower);
        g.role_head = t.lower;
        if (tw->gender != '-') g.gender = tw->gender;
      }
    }
    if (const CueWord* cw = t.cue; cw && cw->noun) g.report_noun = true;
  }
  // Pick the name: the first run not ending in a possessive, after prefix titles.
  for (auto [rb, re] : runs) {
    if (toks_[re - 1].possessive && re < head_end) {
      std::string org(TokText(rb, re));
      org.resize(org.size() - 2);
      g.orgs.push_back(org);
      continue;
    }
    // A title alone ("Pastor Wants ...", "the President said") names no one.
    {
      // ("Mr. King", "Mr. Prince" and "King" for Billie Jean King are names.)
      LiteralEqView first = TokText(rb, rb + 1);
      bool all_titles = first != "Mr." && first != "Mrs." && first != "Ms." && first != "Dr." && first != "Mr" &&
                        first != "Mrs" && first != "Ms" && first != "Dr" && first != "Miss";
      for (int k = rb; k < re && all_titles; ++k) all_titles = lex_.Prefix(TokText(k, k + 1)) != nullptr;
      if (all_titles && table_.Find(TokText(rb, re)) >= 0) all_titles = false;
      if (all_titles) {
        g.roles.emplace_back(TokText(rb, re));
        if (g.role_head.empty()) g.role_head = AsciiLower(TokText(rb, re));
        continue;
      }
    }
    // Titles inside the run: "Philippines President Rodrigo Duterte".
    int last_title = -1;
    for (int k = rb; k < re; ++k) {
      std::string_view w = TokText(k, k + 1);
      const TitleWord* tw = lex_.Prefix(w);
      // After an initial a title word is a surname: "Peter T. King".
      if (tw && k > rb && toks_[k - 1].lower.size() == 2 && toks_[k - 1].lower[1] == '.') tw = nullptr;
      if (tw && k + 1 < re) {
        last_title = k;
        if (tw->gender != '-') g.gender = tw->gender;
      }
    }
    // An everyday role written with a capital before a full name: "Dockworker Paulo
    // Mendes", "Farmer Ana Lima" (the rest of the run names no organisation).
    if (last_title < 0 && !title_case && re - rb >= 3 && re - rb <= 4 && toks_[rb].role &&
        toks_[rb].role->kind == TitleWord::kRole && !toks_[rb].allcaps) {
      bool plain = true;
      for (int k = rb + 1; k < re && plain; ++k)
        plain = toks_[k].cap && !toks_[k].allcaps && !toks_[k].possessive &&
                (!toks_[k].name || GivenNameGender(toks_[k]));
      if (plain) {
        last_title = rb;
        if (toks_[rb].role->gender != '-') g.gender = toks_[rb].role->gender;
      }
    }
    int nb = rb;
    if (last_title >= 0) {
      int tb = last_title;
      while (tb > rb && lex_.Prefix(TokText(tb - 1, tb))) --tb;
      // "Home Minister", "Interior Minister": a known two-word role written in capitals.
      if (tb > rb && tb == last_title) {
        std::string two = AsciiLower(TokText(tb - 1, tb + 1));
        if (const TitleWord* tw = lex_.Role(two); tw && tw->kind == TitleWord::kRole) --tb;
      }
      if (tb > rb) g.orgs.emplace_back(TokText(rb, tb));
      LiteralEqString role(TokText(tb, last_title + 1));
      bool honorific = role == "Mr." || role == "Mrs." || role == "Ms." || role == "Mr" ||
                       role == "Mrs" || role == "Ms" || role == "Dr." || role == "Miss";
      if (!honorific) g.roles.push_back(role);
      nb = last_title + 1;
      g.type = SpeakerType::kPerson;
      // "Secretary of State John Kerry", "Chief of Staff Jeremy Bash": the title takes "of X".
      if (nb + 2 <= re && toks_[nb].lower == "of" && !toks_[nb].cap && toks_[nb + 1].cap) {
        if (!honorific) g.roles.back() = std::string(TokText(tb, nb + 2));
        nb += 2;
      }
    }
    // "Pastor Joseph Brown of Marion Avenue Baptist Church", "Charles B. Rangel of New
    // York": a person's name (a title or an initial says so), then where they are from.
    for (int o = nb + 1; o + 1 < re; ++o) {
      if (toks_[o].lower != "of" || toks_[o].cap) continue;
      // (or a given name: "Chris Wallace of Fox News")
      bool person = last_title >= 0 || GivenNameGender(toks_[nb]);
      bool org_before = false;
      for (int x = nb; x < o; ++x) {
        if (toks_[x].lower.size() == 2 && toks_[x].lower[1] == '.') person = true;
        if (toks_[x].name && (*toks_[x].name == NameWord::kOrg || *toks_[x].name == NameWord::kMedia))
          org_before = true;
      }
      // (or two or three plain words before an organisation's name: "Per Eriksen of
      // Nordbank Markets"; "Bank of America" and "Port Authority of New York" are names.)
      if (!person && !org_before && o - nb >= 2 && o - nb <= 3) {
        bool plain = true;
        for (int x = nb; x < o && plain; ++x) plain = !toks_[x].name && !toks_[x].allcaps && !toks_[x].possessive;
        // ("Bambang Susilo of Jakarta-based Mirae Asset Sekuritas": "-based" opens a firm's name.)
        for (int x = o + 1; x < re && plain && !person; ++x)
          person = (toks_[x].name && (*toks_[x].name == NameWord::kOrg || *toks_[x].name == NameWord::kMedia)) ||
                   (x == o + 1 && BasedIn(toks_[x].lower));
      }
      if (person && !org_before) {
        int ob = o + 1;
        if (ob + 1 < re && BasedIn(toks_[ob].lower)) ++ob;  // (the firm's name without "Jakarta-based")
        std::string_view from = TokText(ob, re);
        if (toks_[re - 1].possessive) from.remove_suffix(2);
        g.orgs.emplace_back(from);
        re = o;
      }
      break;
    }
    // More than six words, none of them connectors, is a heading run into the text
    // ("AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The"), not a name.
    // A given name near the end starts the person's name, and what stands before it is
    // their affiliation ("Democratic National Committee Chair Debbie Wasserman Schultz").
    if (re - nb > 6) {
      bool connector = false;
      for (int k = nb; k < re && !connector; ++k) connector = !toks_[k].cap;
      if (!connector) {
        int given = -1;
        for (int k = re - 2; k > nb && k >= re - 4 && given < 0; --k)
          if (GivenNameGender(toks_[k])) given = k;
        // Else the last two words, when they look like a name ("... Public Advocate Trish James").
        if (given < 0) {
          auto plain = [&](int k) {
            return !toks_[k].allcaps && !toks_[k].possessive && (!toks_[k].name || GivenNameGender(toks_[k]));
          };
          if (plain(re - 2) && plain(re - 1)) given = re - 2;
        }
        if (given < 0) continue;
        g.orgs.emplace_back(TokText(nb, given));
        nb = given;
        g.type = SpeakerType::kPerson;
      }
    }
    // A news outlet's name run into a person's: "(an interview with the) Washington Post
    // Trump", "CNN's" aside. The person's part opens with a given name or is a name the
    // document has used already.
    for (int k = re - 2; k >= nb && k >= re - 4; --k) {
      if (!toks_[k].name || *toks_[k].name != NameWord::kMedia) continue;
      bool plain = true;
      for (int x = k + 1; x < re && plain; ++x)
        plain = (!toks_[x].name || GivenNameGender(toks_[x])) && !toks_[x].allcaps &&
                (!toks_[x].possessive || x + 1 == re);
      int known = plain && !GivenNameGender(toks_[k + 1]) ? table_.Find(TokText(k + 1, re)) : -1;
      if (plain && (GivenNameGender(toks_[k + 1]) ||
                    (known >= 0 && table_.profile(known).type == SpeakerType::kPerson))) {
        g.orgs.emplace_back(TokText(nb, k + 1));
        nb = k + 1;
        g.type = SpeakerType::kPerson;
      }
      break;
    }
    // A party label alone ("Democratic", "Republican") names no one.
    if (re - nb == 1 && toks_[nb].name && *toks_[nb].name == NameWord::kLabel) continue;
    std::string name(TokText(nb, re));
    if (toks_[re - 1].possessive) name.resize(name.size() - 2);
    if (name.empty()) continue;
    // "the people interviewed last year by Amnesty": the name is the agent of a
    // participle after a common noun, so the speakers are the people, not the
    // organisation (unlike "a study by Human Rights Watch", where it is the author).
    if (!g.report_noun && last_title < 0 && rb > b + 1) {
      int by = rb - 1;
      if (by > b && (toks_[by].fw & kFwDeterminer)) --by;
      bool agent = false;
      if (by > b && toks_[by].lower == "by")
        for (int x = by - 1; x > b && x >= by - 4 && !agent; --x) {
          std::string_view w = toks_[x].lower;
          agent = toks_[x].kind == Tok::kWord && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
        }
      if (agent) {
        if (g.role_head.empty()) {
          g.role_head = toks_[b].lower;
          for (int x = b; x < rb && toks_[x].kind == Tok::kWord && !(toks_[x].fw & kFwPreposition); ++x)
            g.role_head = toks_[x].lower;
        }
        if (g.role_head.size() > 3 && g.role_head.back() == 's') g.group = true;
        continue;
      }
    }
    // Inside a common noun phrase ("researchers from Amnesty", "the Amnesty report")
    // the name is an affiliation, not the speaker.
    if (!g.role_head.empty() && last_title < 0 && (g.group || g.report_noun || !g.roles.empty()) &&
        (rb > b && !toks_[rb - 1].cap)) {
      // "rights group Amnesty International": a role noun right before the name is an apposition.
      bool apposed = rb > b && toks_[rb - 1].role && re == head_end;
      if (!apposed) {
        g.inner_org = name;
        continue;
      }
    }
    bool opens_np = true;  // only determiners and quantifiers before it: "One Clinton aide"
    for (int x = b; x < rb && opens_np; ++x)
      opens_np = (toks_[x].fw & kFwDeterminer) || (toks_[x].name && *toks_[x].name == NameWord::kNotPerson);
    if (!g.role_head.empty() && last_title < 0 && opens_np && re < head_end) {
      // "The Amnesty report", "Amnesty investigators": name modifies a common noun.
      g.inner_org = name;
      continue;
    }
    g.name = name;
    g.kind = Guess::kName;
    bool org = false, media = false;
    for (int k = nb; k < re; ++k) {
      const NameWord* nw = toks_[k].name;
      // (Tokenize looked up capitalised words as written already.)
      const bool looked_up = toks_[k].cap && !toks_[k].possessive;
      if (!nw && !looked_up) {
        std::string_view bare = TokText(k, k + 1);
        if (toks_[k].possessive) bare.remove_suffix(2);
        nw = lex_.Name(bare);
      }
      if (nw && (*nw == NameWord::kOrg)) org = true;
      if (nw && *nw == NameWord::kMedia) media = true;
      if (nw && *nw == NameWord::kGroup) g.plural = true;
    }
    if (re - nb == 1 && toks_[nb].allcaps) org = true;
    // A given name opening a name of two or more words: a person, with its gender.
    if (!org && !media && re - nb >= 2) {
      if (const char gg = GivenNameGender(toks_[nb])) {
        g.given = true;
        if (g.gender == '-') g.gender = gg;
      }
    }
    // "the American Legion", "The Heritage Foundation": a name after "the", without a
    // given name, title or closing party label ("the Wisconsin Republican"), is an
    // organisation's; people's names take no article.
    if (!org && !media && !g.plural && !g.given && last_title < 0 && re - nb >= 2 && nb > b &&
        toks_[nb - 1].lower == "the" && !(toks_[re - 1].name && *toks_[re - 1].name == NameWord::kLabel))
      org = true;
    // "the environmental institute Ideam", "the consultancy firm Kpler": a name after the
    // common noun that heads organisations' names is an organisation's.
    if (!org && !media && rb > b && OrgHeadNoun(toks_[rb - 1]) && !toks_[rb - 1].role && !toks_[rb - 1].possessive &&
        re == head_end && !GivenNameGender(toks_[nb]))
      org = true;
    // "Naviera del Sur, the company that runs the ferry": an apposition headed by a noun
    // that heads organisations' names (not "the company's chief executive").
    if (!org && !media && !g.given && last_title < 0 && head_end + 2 < e && IsPunct(toks_[head_end], ',') &&
        (toks_[head_end + 1].lower == "the" || toks_[head_end + 1].lower == "a" || toks_[head_end + 1].lower == "an") &&
        !toks_[head_end + 2].possessive && OrgHeadNoun(toks_[head_end + 2]))
      org = true;
    if (org || media) g.type = SpeakerType::kOrganization;
    else if (g.plural) g.type = SpeakerType::kGroup;
    else if (g.type == SpeakerType::kUnknown && (re - nb >= 2 && re - nb <= 4)) g.type = SpeakerType::kPerson;
    if (g.type == SpeakerType::kUnknown && !g.roles.empty()) g.type = SpeakerType::kPerson;
    // "Sofia Lind at Arctic Research", "Per Nilsen from Nordbank": a person's place of
    // work after "at"/"from", a capitalised run to the end of the phrase.
    if (g.type == SpeakerType::kPerson && re + 1 < head_end && !toks_[re].cap &&
        (toks_[re].lower == "at" || toks_[re].lower == "from")) {
      int oe = re + 1;
      while (oe < head_end && toks_[oe].kind == Tok::kWord &&
             (toks_[oe].cap || ((toks_[oe].lower == "of" || toks_[oe].lower == "for") && oe + 1 < head_end &&
                                toks_[oe + 1].cap)))
        ++oe;
      if (oe == head_end && oe > re + 1 && toks_[re + 1].cap) {
        std::string_view o = TokText(re + 1, oe);
        if (toks_[oe - 1].possessive) o.remove_suffix(2);
        g.orgs.emplace_back(o);
      }
    }
    // "GMAC secretary-general Ken Loo", "APNI spokesman X": the name before the role is
    // the person's organisation.
    // ... or a lower-case organisation before it: "Energy ministry spokesman Agung Pribadi".
    if (g.type == SpeakerType::kPerson && g.orgs.empty() && g.inner_org.empty() && !g.roles.empty() && rb - b >= 3) {
      int x = b;
      if (toks_[x].fw & kFwDeterminer) ++x;
      int y = x;
      while (y < rb && toks_[y].cap && toks_[y].kind == Tok::kWord) ++y;
      if (y > x && y + 1 < rb && OrgHeadNoun(toks_[y]) && !toks_[y].possessive && toks_[y + 1].role)
        g.orgs.emplace_back(TokText(x, y + 1));
    }
    // (Not a party label: "Presumptive Democratic nominee Hillary Clinton".)
    if (g.type == SpeakerType::kPerson && g.orgs.empty() && !g.inner_org.empty() && !g.roles.empty()) {
      std::string_view last(g.inner_org);
      if (size_t sp = last.rfind(' '); sp != std::string_view::npos) last.remove_prefix(sp + 1);
      const NameWord* nw = lex_.Name(last);
      // (nor a place someone lives: "Concord resident Whit Symms")
      if (!(nw && *nw == NameWord::kLabel) && !ResidenceNouns().count(g.roles.back())) g.orgs.push_back(g.inner_org);
    }
    return g;
  }
  // "Clinton's Democratic opponent, Vermont Sen. Bernie Sanders": a role noun, then a
  // person's name in apposition names the speaker; the head's roles stay.
  if (!g.role_head.empty() && !g.group && !g.report_noun && !g.plural && head_end + 1 < e &&
      IsPunct(toks_[head_end], ',') && toks_[head_end + 1].cap && toks_[head_end + 1].kind == Tok::kWord) {
    int ae = head_end + 1;
    while (ae < e && !IsPunct(toks_[ae], ',') && toks_[ae].lower != "who" && toks_[ae].lower != "which") ++ae;
    Guess ap = Interpret(head_end + 1, ae);  // (runs_scratch_ is no longer read here)
    if (ap.kind == Guess::kName && ap.type == SpeakerType::kPerson) {
      std::vector<std::string> orgs;
      for (const std::string& o : g.orgs)
        if (ap.name.find(o) == std::string::npos && TokText(head_end + 1, ae).find(o) == std::string_view::npos)
          orgs.push_back(o);
      for (std::string& o : ap.orgs) orgs.push_back(std::move(o));
      for (std::string& r : g.roles) ap.roles.push_back(std::move(r));
      ap.orgs = std::move(orgs);
      ap.b = g.b;
      ap.e = g.e;
      g = std::move(ap);  // (every return returns g: the result is built in place)
      return g;
    }
  }
  if (!g.role_head.empty() || g.group || g.report_noun || !g.inner_org.empty()) {
    g.kind = Guess::kRole;
    if (g.group) {
      g.plural = true;
      g.type = SpeakerType::kGroup;
    }
    return g;
  }
  // A common noun phrase without a role noun ("the campaign", "a source", "sources"):
  // keep it as an unresolved mention when it is short.
  if (head_end > b && head_end - b <= 6) {
    const Tok& last = toks_[head_end - 1];
    // A bare -ing form is a verb, not a subject: "committing repeated gaffes".
    if (head_end - b == 1 && last.lower.size() > 5 && last.lower.compare(last.lower.size() - 3, 3, "ing") == 0)
      return g;
    // ... nor is a cue verb ("said orders from Europe had weakened": no one named "said").
    if (head_end - b == 1 && last.cue && last.cue->verb && !last.cue->noun && !last.cap) return g;
    g.kind = Guess::kRole;
    g.role_head = last.lower;
    if (last.lower.size() > 3 && last.lower.back() == 's') g.plural = true;
  }
  return g;
}

// The subject of the cue at token k: "Chin Malin, spokesman for ..., told",
// "researchers from Amnesty say", "she told". sb: first token of the sentence.
bool DocExtractor::LeftSubject(int sb, int k, Guess* g, int* subj_begin) const {
  int j = k - 1;
  while (j >= sb && IsSkippableWord(toks_[j])) --j;
  // A year between subject and verb: "who in 2010 said".
  if (j - 1 > sb && toks_[j].kind == Tok::kWord && toks_[j].lower.size() == 4 && toks_[j].lower[0] >= '1' &&
      toks_[j].lower[0] <= '2' && toks_[j - 1].lower == "in") {
    j -= 2;
    while (j >= sb && IsSkippableWord(toks_[j])) --j;
  }
  if (j < sb) return false;
  // A parenthesis after the name: "Gov. Pat McCrory (R) said", "Reid (D-Nev.), in particular,".
  int paren_end = -1;
  if (IsPunct(toks_[j], ')')) {
    int o = j - 1;
    while (o >= sb && !IsPunct(toks_[o], '(') && j - o < 8) --o;
    if (o >= sb && IsPunct(toks_[o], '(') && o > sb) {
      paren_end = j + 1;
      j = o - 1;
    }
  }
  int b, e = j + 1;
  // Contractions: "He's claiming", "They're saying".
  std::string pj(toks_[j].lower);
  for (const char* suf : {"'s", "'re", "'ve", "'d", "'ll"}) {
    size_t n = std::strlen(suf);
    if (pj.size() > n && pj.compare(pj.size() - n, n, suf) == 0) {
      std::string stem = pj.substr(0, pj.size() - n);
      if (lex_.Pronoun(stem)) pj = stem;
      break;
    }
  }
  if (pj != toks_[j].lower) {
    const PronounInfo* pi = lex_.Pronoun(pj);
    if (pi && pi->kind == PronounInfo::kPersonal && pj != "it") {
      *g = Interpret(j, j + 1);
      g->kind = Guess::kPronoun;
      g->pron = pi;
      g->gender = pi->gender;
      g->plural = pi->plural;
      *subj_begin = j;
      return true;
    }
  }
  (void)paren_end;
  if (const PronounInfo* pi = toks_[j].pron;
      pi && pi->kind != PronounInfo::kRelative && toks_[j].lower != "it" && toks_[j].lower != "him" &&
      toks_[j].lower != "her" && toks_[j].lower != "them" && toks_[j].lower != "his" &&
      toks_[j].lower != "their" && toks_[j].lower != "its") {
    *g = Interpret(j, j + 1);
    *subj_begin = j;
    return g->kind != Guess::kNone;
  }
  // Coordinated verb phrase: "Clinton, the former secretary, stressed ... and said".
  if (toks_[j].lower == "and" && j > sb) return SentenceSubject(sb, j, g, subj_begin);
  // Apposition between dashes: "Kall -- co-editor of a book on the debates -- said".
  auto dash = [&](int x) {
    return toks_[x].kind == Tok::kPunct &&
           (toks_[x].lower == "-" || toks_[x].lower == "\xE2\x80\x94" || toks_[x].lower == "\xE2\x80\x93");
  };
  if (dash(j) && j > sb) {
    int d = j;
    while (d > sb && dash(d - 1)) --d;
    int x = d - 1;
    while (x > sb && d - x < 30 && !dash(x) && toks_[x].region < 0 && !IsPunct(toks_[x], '.')) --x;
    if (x > sb && dash(x)) {
      while (x > sb && dash(x - 1)) --x;
      int s = x - 1;
      while (s >= sb && !Boundary(s)) --s;
      int hb = s + 1;
      if (hb < x && x - hb <= 6 && (s < sb || IsPunct(toks_[s], ','))) {
        *g = Interpret(hb, x);
        if (g->kind == Guess::kName || g->kind == Guess::kRole) {
          InterpretAppositive(x + 1, d, g);
          *subj_begin = hb;
          return true;
        }
      }
    }
    return false;
  }
  if (IsPunct(toks_[j], ',')) {
    // Apposition: NAME , APPOS [, APPOS] , cue
    int segs = 0;
    int i = j;
    int head_b = -1, prev_head_b = -1;
    while (segs < 4) {
      int s = i - 1;
      for (;;) {
        while (s >= sb && !Boundary(s, false)) --s;
        // A parenthesis belongs to its segment: "... Association in Cambodia (TAFTAC), said".
        if (s > sb && IsPunct(toks_[s], ')')) {
          int o = s - 1;
          while (o > sb && !IsPunct(toks_[o], '(') && s - o < 8) --o;
          if (o > sb && IsPunct(toks_[o], '(') && !Boundary(o - 1, false)) {
            s = o - 1;
            continue;
          }
        }
        break;
      }
      int seg_b = s + 1;
      if (seg_b >= i) return false;
      ++segs;
      bool comma = s >= sb && IsPunct(toks_[s], ',');
      prev_head_b = head_b;
      // "..., and their manager, Ellie Hale, said": a coordinator opens the subject's clause.
      // (A noun phrase after it: a determiner or a name, not "and bristled when ...".)
      if ((toks_[seg_b].lower == "and" || toks_[seg_b].lower == "but") && seg_b + 1 < i && segs > 1 &&
          seg_b > sb && ((toks_[seg_b + 1].fw & kFwDeterminer) || toks_[seg_b + 1].cap)) {
        head_b = seg_b + 1;
        break;
      }
      // "who"/"which" relative clause segments and appositions keep going left.
      if (comma && segs < 4) {
        head_b = seg_b;
        i = s;
        continue;
      }
      head_b = seg_b;
      break;
    }
    // An opening adverbial is no part of the subject: "In a statement, the commission's
    // chief executive, Twalib Mbarak, said" -> the segment after it.
    static const WordSet kOpeningPrep = {"in", "on", "at", "during", "after", "before", "with", "under",
                                         "following", "despite", "amid", "since", "within", "through"};
    if (segs > 1 && prev_head_b > head_b && head_b == sb && kOpeningPrep.count(toks_[head_b].lower))
      head_b = prev_head_b;
    // ... nor is an opening adverb: "Separately, a finance ministry official said",
    // "Meanwhile, ..." (not a name in -ly: "Kelly, a nurse, said").
    if (segs > 1 && head_b == sb && prev_head_b == head_b + 2) {
      static const WordSet kOpeningAdverb = {"meanwhile", "however", "earlier", "later", "still", "instead",
                                             "also", "now", "today", "yesterday", "elsewhere", "nonetheless",
                                             "nevertheless", "moreover", "furthermore", "again", "overall",
                                             "likewise", "besides", "then", "previously", "afterwards"};
      std::string_view w = toks_[head_b].lower;
      if (kOpeningAdverb.count(w) ||
          (w.size() > 5 && w.substr(w.size() - 2) == "ly" && !toks_[head_b].name && !toks_[head_b].role))
        head_b = prev_head_b;
    }
    b = head_b;
    // The head is the leftmost segment; it must be short.
    int hb = b, he = b;
    while (he < e && !IsPunct(toks_[he], ',')) ++he;
    // A setting after the head is no apposition: "The ministry of ports, in a statement
    // posted on its website, said" names the ministry.
    // ("Tom Miller, at Gavekal Dragonomics, argues": "at" and a name is an affiliation.)
    if (he + 1 < e && he > hb && kOpeningPrep.count(toks_[he + 1].lower)) {
      int x = he + 2;
      if (x < e && (toks_[x].fw & kFwDeterminer)) ++x;
      if (!(toks_[he + 1].lower == "at" && x < e && toks_[x].cap)) e = he;
    }
    // A clause is no name: "The levy is too high, said Ilse Berg" (a finite verb in it).
    for (int x = hb; x < he; ++x)
      if (toks_[x].region < 0 && FiniteAuxiliaries().count(toks_[x].lower)) return false;
    // ... nor is one opening with a subject pronoun: "he fully supports the compromise, said X".
    if (he - hb > 1 && toks_[hb].pron && toks_[hb].pron->kind == PronounInfo::kPersonal &&
        toks_[hb].lower != "it" && toks_[hb].lower != "his" && toks_[hb].lower != "her" &&
        toks_[hb].lower != "their" && toks_[hb].lower != "its")
      return false;
    // "A spokesperson for the Department of Health and Social Care": a role noun and the
    // organisation's name after for/of/at may run longer.
    bool role_of_org = false;
    if (he - hb > 8 && he - hb <= 16) {
      int x = hb;
      while (x < he && x - hb < 4 && !toks_[x].role) ++x;
      if (x + 2 < he && toks_[x].role && !toks_[x].cap &&
          (toks_[x + 1].lower == "for" || toks_[x + 1].lower == "of" || toks_[x + 1].lower == "at")) {
        role_of_org = true;
        for (int y = x + 2; y < he && role_of_org; ++y)
          role_of_org = toks_[y].kind == Tok::kWord &&
                        (toks_[y].cap || toks_[y].lower == "of" || toks_[y].lower == "and" ||
                         toks_[y].lower == "the" || toks_[y].lower == "for");
      }
    }
    // (A parenthesis in the head does not count: "Senate Minority Leader Harry Reid (D-Nev.)".)
    int paren_words = 0;
    for (int x = hb, in = 0; x < he; ++x) {
      if (IsPunct(toks_[x], '(')) in = 1;
      paren_words += in;
      if (IsPunct(toks_[x], ')')) in = 0;
    }
    if ((he - hb - paren_words > 8 && !role_of_org) || he == hb) {
      // Too long for a name: take the segment right before the comma instead.
      int s = j - 1;
      while (s >= sb && !Boundary(s)) --s;
      b = s + 1;
      if (j - b > 8 || j == b) return false;
      // (Not the object of a verb before it: "Biden defended Sanders as a mainstream
      // candidate, mocked the Republicans ..." -- the verbs share the sentence's subject.)
      {
        int c = b - 1;
        while (c >= sb && !IsPunct(toks_[c], ',') && !IsPunct(toks_[c], ';') && b - c < 20) {
          if (toks_[c].kind == Tok::kWord && !toks_[c].cap &&
              ((toks_[c].cue && toks_[c].cue->verb && toks_[c].cue->past) || FiniteAuxiliaries().count(toks_[c].lower)))
            return false;
          --c;
        }
      }
      *g = Interpret(b, j);
      *subj_begin = b;
      return g->kind != Guess::kNone;
    }
    if (toks_[hb].lower == "who" || toks_[hb].lower == "which") return false;
  } else {
    int i = j;
    int n = 0;
    // (An opening adverbial may run longer: "In a March 2016 meeting with the
    // editorial board of the Washington Post Trump said"; see below.)
    while (i >= sb && !Boundary(i) && n < 24) {
      --i;
      ++n;
    }
    if (i >= sb && !Boundary(i)) return false;  // too long
    b = i + 1;
    if (b > j || (n > 12 && !(toks_[b].fw & kFwPreposition))) return false;
    // An auxiliary opening the sentence makes a question or a condition, not a
    // subject: "Had the authorities found the posts, ...", "Did officials say ...?".
    static const WordSet kAux = {"had", "were", "should", "did", "does", "do", "has", "have", "is", "was"};
    if (b == sb && b < j && toks_[b].cap && kAux.count(toks_[b].lower)) return false;
    // Coordinated subjects: "Obama and Clinton said", "The mayor and the police
    // chief said". The part before "and" must be a noun phrase opening the
    // sentence (or following a comma): no pronoun subject, no verb forms.
    if (i > sb && toks_[i].lower == "and" && toks_[i].region < 0) {
      int x = i - 1, m = 0;
      while (x >= sb && !Boundary(x) && m < 8) {
        --x;
        ++m;
      }
      int b2 = x + 1;
      bool np = b2 < i && (x < sb || IsPunct(toks_[x], ','));
      for (int y = b2; y < i && np; ++y) {
        const Tok& t = toks_[y];
        std::string_view w = t.lower;
        if (t.kind != Tok::kWord) continue;
        if ((y == b2 && t.pron && t.pron->kind == PronounInfo::kPersonal) || (t.cue && t.cue->verb && !t.cap) ||
            (t.fw & kFwSkippable) || (!t.cap && w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
            (y == b2 && (t.fw & kFwPreposition)))
          np = false;
      }
      if (np) {
        Guess cg = Interpret(b2, e);
        if (cg.kind == Guess::kName || cg.kind == Guess::kRole) {
          if (cg.kind == Guess::kName && cg.name.find(" and ") != std::string::npos) {
            cg.type = SpeakerType::kGroup;
            cg.plural = true;
          } else if (cg.kind == Guess::kRole) {
            // Two role nouns name two people: not resolved to one of them.
            cg.type = SpeakerType::kGroup;
            cg.plural = true;
            cg.role_head.clear();
          }
          *g = cg;
          *subj_begin = b2;
          return true;
        }
      }
    }
    // A subject does not start with a preposition ("In the release say"), but a
    // name may follow an opening adverbial without a comma: "In a Bloomberg
    // interview Trump declared" -> Trump.
    if ((toks_[b].fw & kFwPreposition) && toks_[b].lower != "as") {
      int nb = j + 1;
      while (nb > b && toks_[nb - 1].kind == Tok::kWord && toks_[nb - 1].cap && !toks_[nb - 1].pron &&
             j + 1 - nb < 7)
        --nb;
      // Or a role noun after a determiner: "At a meeting on Friday the minister said".
      if (nb > j) {
        int d = j;
        while (d > b && j - d < 4 && toks_[d].kind == Tok::kWord && !(toks_[d].fw & kFwDeterminer) &&
               !(toks_[d].fw & kFwPreposition) && !toks_[d].cue)
          --d;
        if (d <= b || d == j || !(toks_[d].fw & kFwDeterminer) || !toks_[j].role ||
            toks_[j].role->kind == TitleWord::kPrefix)
          return false;
        Guess rg = Interpret(d, j + 1);
        if (rg.kind != Guess::kRole && rg.kind != Guess::kName) return false;
        *g = rg;
        *subj_begin = d;
        return true;
      }
      // The words before the subject may end in a name too: "In a meeting with the
      // Washington Post Trump said": the word after a media or organisation word
      // starts the subject.
      int split = -1;
      if (nb < j && nb > b &&
          ((toks_[nb - 1].fw & kFwDeterminer) || (toks_[nb - 1].fw & kFwPreposition) || toks_[nb - 1].cap ||
           j + 1 - nb > 4)) {
        for (int k = std::max(nb + 1, j - 3); k <= j && split < 0; ++k)
          if (toks_[k - 1].name && !toks_[k - 1].possessive &&
              (*toks_[k - 1].name == NameWord::kMedia || *toks_[k - 1].name == NameWord::kOrg) &&
              (!toks_[k].name || GivenNameGender(toks_[k])))
            split = k;
        if (split > 0) nb = split;
      }
      if (nb > j || nb <= b || j + 1 - nb > 4) return false;
      if (split < 0 && (toks_[nb - 1].cap || (toks_[nb - 1].fw & kFwDeterminer) || toks_[nb - 1].kind != Tok::kWord))
        return false;
      Guess ng = Interpret(nb, j + 1);
      if (ng.kind != Guess::kName) return false;
      *g = ng;
      *subj_begin = nb;
      return true;
    }
  }
  // A noun phrase does not end in a determiner or preposition ("Following a").
  {
    int last = e - 1;
    while (last > b && toks_[last].kind != Tok::kWord) --last;
    // ("a mother of three" ends in a number that counts, not a determiner)
    bool count = last > b && toks_[last - 1].lower == "of" && IsCountWord(toks_[last]);
    if (((toks_[last].fw & kFwDeterminer) && !count) || ((toks_[last].fw & kFwPreposition) && e - b > 1))
      return false;
    std::string_view f = toks_[b].lower;
    // "Following the", "Having said that"; not a surname such as "Browning", nor an
    // -ing adjective before a role noun ("Shipping analysts", "Leading economists").
    // ("Shipping line Maersk", "Mining company Vale": an -ing noun modifier before a
    // noun is a noun phrase; before a determiner or preposition the -ing word is a verb.)
    bool compact_np = toks_[e - 1].cap;  // no function word before the closing name
    for (int x = b + 1; x < e && compact_np; ++x) compact_np = toks_[x].kind == Tok::kWord && !toks_[x].fw;
    if (b == sb && f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0 && !toks_[b].cue &&
        ((e - b > 1 && !toks_[b + 1].cap && !toks_[b + 1].role && !compact_np) || f == "having" || f == "being"))
      return false;
  }
  // A noun phrase does not open with a cue verb: "said a prominent committee member
  // supports Trump", "according to two senators present requested anonymity" (the
  // earlier attribution's speaker, not this verb's subject).
  if (toks_[b].cue && toks_[b].cue->verb && !toks_[b].cap && !toks_[b].cue->noun && !toks_[b].cue->plural_noun &&
      (toks_[b].cue->past || toks_[b].cue->gerund || toks_[b].lower == "says"))
    return false;
  if (toks_[b].lower == "according") return false;
  // Relative pronoun: "X, who said" -> resolve to X.
  *g = Interpret(b, e);
  *subj_begin = b;
  if (g->kind == Guess::kRelative) {
    int s = b - 1;
    if (s >= sb && IsPunct(toks_[s], ',')) {
      int s2 = s - 1;
      while (s2 >= sb && !Boundary(s2)) --s2;
      Guess ante = Interpret(s2 + 1, s);
      if (ante.kind == Guess::kName || ante.kind == Guess::kRole) {
        ante.b = b;
        ante.e = e;  // mention stays "who"
        ante.kind = ante.kind;
        *g = ante;
        g->pron = toks_[b].pron;
        return true;
      }
    }
    return false;
  }
  // Reject subjects that are clauses: a lower-case word that is an inflected verb
  // form of a cue (said, claims, warning). Base forms are often nouns or modifiers
  // in a noun phrase (the press secretary, a document on the website).
  // (Only the head: an apposition may hold one, "a creative writing professor"; so
  // may a relative clause, "an officer who declined to be identified".)
  for (int i = b; i < e && !IsPunct(toks_[i], ',') && toks_[i].lower != "who"; ++i) {
    const CueWord* cw = toks_[i].cue;
    if (cw && cw->verb && !cw->noun && !toks_[i].cap && i > b && toks_[i].lower != cw->lemma) return false;
  }
  return g->kind != Guess::kNone;
}

// The subject opening the sentence, for verbs coordinated with its main verb:
// "Dean, a medical doctor, appeared on TV and began by saying ...",
// "Clinton spoke out Tuesday, arguing that ...". Needs a name or pronoun, an optional
// apposition between commas, then a lower-case word.
bool DocExtractor::SentenceSubject(int sb, int k, Guess* g, int* subj_begin) const {
  // Skip an opening adverbial: "During a speech, Trump attacked ...", trying each
  // comma in turn ("Following a swiftly called, late-afternoon meeting, the Council").
  if (sb < k && ((toks_[sb].fw & kFwPreposition) || IsSkippableWord(toks_[sb]) ||
                 (toks_[sb].lower.size() > 4 &&
                  toks_[sb].lower.compare(toks_[sb].lower.size() - 3, 3, "ing") == 0))) {
    int c = sb;
    for (int tries = 0; tries < 3; ++tries) {
      while (c < k && !IsPunct(toks_[c], ',')) ++c;
      if (c >= k - 1) return false;
      if (SentenceSubjectAt(c + 1, k, g, subj_begin)) return true;
      ++c;
    }
    return false;
  }
  return SentenceSubjectAt(sb, k, g, subj_begin);
}

bool DocExtractor::SentenceSubjectAt(int sb, int k, Guess* g, int* subj_begin) const {
  int i = sb, j = sb;
  if (i >= k) return false;
  if (const PronounInfo* pi = toks_[i].pron; pi && pi->kind != PronounInfo::kRelative) {
    j = i + 1;
  } else if ((toks_[i].fw & kFwDeterminer)) {
    // "Several environmental groups granted ...": determiner, up to three words, a verb.
    j = i + 1;
    while (j < k && j - i <= 4 && toks_[j].kind == Tok::kWord && !toks_[j].cue &&
           !(toks_[j].fw & kFwSkippable) &&
           !(toks_[j].lower.size() > 3 && toks_[j].lower.compare(toks_[j].lower.size() - 2, 2, "ed") == 0)) {
      // A determiner not after a preposition opens the object: the word before it was
      // the verb ("The landmark agreement includes a pledge ..., calling on ...";
      // but "A number of the families").
      if ((toks_[j].fw & kFwDeterminer) && j - 1 > i + 1 && !(toks_[j - 1].fw & kFwPreposition)) break;
      ++j;
    }
    if (j < k && (toks_[j].fw & kFwDeterminer) && j - 1 > i + 1 && !(toks_[j - 1].fw & kFwPreposition)) --j;
    if (j == i + 1 || j >= k || toks_[j].kind != Tok::kWord) return false;
    *g = Interpret(i, j);
    *subj_begin = i;
    return g->kind == Guess::kName || g->kind == Guess::kRole;
  } else {
    while (j < k && toks_[j].kind == Tok::kWord) {
      if (toks_[j].cap || (j > i && (toks_[j].lower == "of" || toks_[j].lower == "for") && j + 1 < k &&
                           toks_[j + 1].cap)) {
        ++j;
        continue;
      }
      // Lower-case title words before the name: "Democratic presidential nominee
      // Hillary Clinton", "Former senator Roy Cooper".
      // After a title-like opening word ("Former", "Democratic") any two words may
      // stand before the role ("Former board chairman"); otherwise only modifiers.
      const bool title_open = j == i + 1 && (lex_.TitleModifier(toks_[i].lower) ||
                                             (toks_[i].name && *toks_[i].name == NameWord::kLabel));
      int y = j;
      while (y < k && y - j < 2 && toks_[y].kind == Tok::kWord && !toks_[y].cap && !toks_[y].role &&
             !toks_[y].cue && !toks_[y].pron && (title_open ? !toks_[y].fw : lex_.TitleModifier(toks_[y].lower)))
        ++y;
      if (j > i && y < k && toks_[y].role && !toks_[y].cap && y + 1 < k && toks_[y + 1].cap) {
        j = y + 1;
        continue;
      }
      if (title_open && y > j && y < k && toks_[y].cap && toks_[y].kind == Tok::kWord) {
        j = y;
        continue;
      }
      break;
    }
  }
  if (j == i || j >= k) return false;
  if (const NameWord* nw = toks_[i].name; nw && *nw == NameWord::kNotPerson &&
      !toks_[i].pron && !lex_.TitleModifier(toks_[i].lower)) {
    // ("Rival Hillary Clinton had mocked ...": the word before a name is no part of it)
    if (!(j > i + 1 && toks_[i + 1].cap && toks_[i].cap)) return false;
    ++i;
  }
  // A parenthesis after the name: "Attorney General Roy Cooper (D), McCrory's opponent, ...".
  if (IsPunct(toks_[j], '(')) {
    int c = j + 1;
    while (c < k && c - j < 6 && !IsPunct(toks_[c], ')')) ++c;
    if (c + 1 < k && IsPunct(toks_[c], ')')) j = c + 1;
  }
  int e = j;
  if (IsPunct(toks_[j], ',')) {
    int n = j + 1;
    while (n < k && !IsPunct(toks_[n], ',') && n - j < 16) ++n;
    if (n >= k || !IsPunct(toks_[n], ',')) return false;
    e = n;
    j = n + 1;
  }
  if (j >= k || toks_[j].kind != Tok::kWord || toks_[j].cap) return false;
  *g = Interpret(i, e);
  *subj_begin = i;
  return g->kind == Guess::kName || g->kind == Guess::kPronoun;
}

// Inverted speaker after the cue: "said Nicholas Bequelin, Amnesty's regional director, in ...".
bool DocExtractor::RightSpeaker(int k, int se, Guess* g, int* end) const {
  int i = k;
  if (i >= se) return false;
  const Tok& t = toks_[i];
  if (!t.cap && (t.fw & kFwPreposition)) return false;  // ", compared to 538 for Adu"
  bool ok = t.kind == Tok::kWord &&
            (t.cap || (t.fw & kFwDeterminer) || t.pron);
  // "said 9/11 widow Terry Strada", "said former senator Jane Roe".
  if (!ok && t.kind == Tok::kWord && k + 1 < se) {
    for (int x = k + 1; x < std::min(se, k + 6); ++x) {
      if (toks_[x].cap) {
        ok = true;
        break;
      }
      if (toks_[x].kind != Tok::kWord && !IsPunct(toks_[x], '/') && !IsPunct(toks_[x], '-')) break;
    }
  }
  if (!ok) return false;
  if (t.pron && t.lower != "he" && t.lower != "she" && t.lower != "they") return false;
  int j = i;
  while (j < se && !Boundary(j) && !((toks_[j].fw & kFwPreposition) && j > i &&
                                     toks_[j].lower != "of" && toks_[j].lower != "for" &&
                                     toks_[j].lower != "and")) {
    ++j;
  }
  if (j == i || j - i > 8) return false;
  int head_end = j;
  // Apposition after a comma, unless it is a prepositional phrase or a clause.
  if (j < se && IsPunct(toks_[j], ',') && j + 1 < se) {
    int m = j + 1;
    if (!(toks_[m].fw & kFwPreposition) && toks_[m].kind == Tok::kWord &&
        !toks_[m].cue) {
      int n = m;
      while (n < se && !(IsPunct(toks_[n], ',') || IsPunct(toks_[n], '.') || toks_[n].kind == Tok::kQuote ||
                         IsPunct(toks_[n], ';')))
        ++n;
      if (n - m <= 20) j = n;
    }
  }
  *g = Interpret(i, j);
  if (g->kind == Guess::kNone) return false;
  (void)head_end;
  *end = j;
  return true;
}

// "the audit office" -> "Civic Audit Office": a determiner and common nouns that are
// all words of an organisation's name.
int DocExtractor::NounPhraseEntity(const Guess& g) const {
  int b = g.b, e = g.e;
  if (b < e && (toks_[b].fw & kFwDeterminer)) ++b;
  if (e - b < 1 || e - b > 3) return -1;
  for (int i = b; i < e; ++i)
    if (toks_[i].kind != Tok::kWord || toks_[i].pron) return -1;
  int ent = table_.Find(TokText(b, e));
  if (ent < 0 || table_.profile(ent).type != SpeakerType::kOrganization) return -1;
  return ent;
}

int DocExtractor::Resolve(const Guess& g, uint32_t pos, Record* r) {
  // "a Sanders supporter who (said ...)": the mention is the antecedent, without the
  // relative pronoun that carries the verb on.
  int me = g.e;
  while (me - 1 > g.b && (toks_[me - 1].lower == "who" || toks_[me - 1].lower == "which" ||
                          toks_[me - 1].lower == "that" || IsPunct(toks_[me - 1], ',')))
    --me;
  r->mention = TokSpan(g.b, me);
  int e = -1;
  switch (g.kind) {
    case Guess::kName: {
      // "Tomas Reyl and Dana Holt": each of them is known to the document too.
      if (size_t and_at = g.name.find(" and "); and_at != std::string::npos && g.type == SpeakerType::kGroup) {
        std::string_view both(g.name);
        for (std::string_view part : {both.substr(0, and_at), both.substr(and_at + 5)})
          if (part.find(' ') != std::string_view::npos) table_.Intern(part, SpeakerType::kUnknown, '-', pos, false);
      }
      bool alias = false;
      e = table_.FindThenIntern(g.name, g.type, g.gender, pos, true, [&](int found) {
        alias = found >= 0 && AsciiLower(table_.profile(found).name) != AsciiLower(g.name) &&
                CountNameWords(g.name) < CountNameWords(table_.profile(found).name);
      });
      r->resolution = alias ? "alias" : "explicit";
      r->confidence = alias ? 0.85 : 0.9;
      break;
    }
    case Guess::kPronoun: {
      if (g.pron && g.pron->kind == PronounInfo::kFirst) {
        r->resolution = "none";
        r->confidence = 0.4;
        break;
      }
      // "Dock owners urged ..., although they say ...": "they" after an unnamed group's
      // attribution in the same paragraph is that group, which has no entity to find.
      if (g.plural && last_attr_record_ >= 0) {
        const Record& prev = records_[last_attr_record_];
        if (prev.paragraph == para_ && prev.entity < 0 && prev.spk_type == SpeakerType::kGroup &&
            !prev.mention.empty() && prev.extent.end <= pos) {
          r->unresolved_name = OrigText(prev.mention);
          r->spk_type = SpeakerType::kGroup;
          r->resolution = "pronoun";
          r->confidence = 0.7;
          break;
        }
      }
      // "The transport ministry disputes that. In a statement, it said ...": "it" right
      // after a sentence whose subject is an unnamed organisation is that organisation.
      if (!g.plural && g.gender == 'n' && g.b < static_cast<int>(toks_.size()) && toks_[g.b].ls > 0) {
        const auto [pb, pe] = sent_toks_[toks_[g.b].ls - 1];
        int h = pb;
        if (h < pe && toks_[h].lower == "the") ++h;
        int x = h;
        while (x < pe && x - h < 3 && toks_[x].kind == Tok::kWord && !toks_[x].cap && !toks_[x].fw && !toks_[x].cue)
          ++x;
        if (h > pb && x > h && x < pe && OrgHeadNoun(toks_[x - 1]) && toks_[x].kind == Tok::kWord && !toks_[x].cap &&
            !toks_[x].fw) {
          r->unresolved_name = OrigText(TokSpan(pb, x));
          r->spk_type = SpeakerType::kOrganization;
          r->resolution = "pronoun";
          r->confidence = 0.7;
          break;
        }
      }
      e = table_.ResolvePronoun(g.gender, g.plural, pos, g.plural);
      if (e < 0 && g.plural) e = table_.ResolvePronoun(g.gender, g.plural, pos, false);
      // "Assam's chief minister told reporters ... He said ...": "he"/"she" right after
      // an unnamed person's attribution, in that paragraph or the one before, when the
      // document names no person it could be, is that person.
      if (e < 0 && !g.plural && (g.gender == 'm' || g.gender == 'f') && last_attr_record_ >= 0) {
        const Record& prev = records_[last_attr_record_];
        if (prev.paragraph >= para_ - 1 && prev.entity < 0 && prev.spk_type == SpeakerType::kPerson &&
            !prev.mention.empty() && prev.extent.end <= pos) {
          r->unresolved_name = OrigText(prev.mention);
          r->spk_type = SpeakerType::kPerson;
          r->role = prev.role;
          r->org = prev.org;
          r->resolution = "pronoun";
          r->confidence = 0.7;
          break;
        }
      }
      if (e >= 0) {
        table_.Mention(e, pos, true);
        if (g.gender == 'm' || g.gender == 'f') {
          SpeakerProfile& p = table_.profile(e);
          if (p.gender == '-') p.gender = g.gender;
          if (p.type == SpeakerType::kUnknown) p.type = SpeakerType::kPerson;
        }
        r->resolution = "pronoun";
        r->confidence = 0.8;
      } else {
        r->resolution = "none";
        r->confidence = 0.5;
      }
      break;
    }
    case Guess::kRelative:
      r->resolution = "none";
      r->confidence = 0.5;
      break;
    case Guess::kRole: {
      // "a Trump adviser": a person's name before a singular role noun is an affiliation;
      // the adviser, who is not named, is the speaker.
      // Only those who speak for an organisation stand for it ("a Pentagon spokesman");
      // "a 2008 Clinton veteran", "one Clinton aide" are people of their own.
      static const WordSet kSpeaksFor = {"spokesman", "spokeswoman", "spokesperson", "representative",
                                         "official", "press secretary", "spokespeople", "officials"};
      bool own_person = false;
      if (!g.inner_org.empty() && !g.report_noun && !g.group && !g.roles.empty()) {
        int inner = table_.Find(g.inner_org);
        own_person = (inner >= 0 && table_.profile(inner).type == SpeakerType::kPerson) ||
                     !kSpeaksFor.count(g.role_head);
      }
      // "Some Republican experts": a party label is an affiliation, not an organisation
      // that speaks.
      const NameWord* label = g.inner_org.empty() ? nullptr : lex_.Name(g.inner_org);
      if (label && *label != NameWord::kLabel) label = nullptr;
      // "Officials in Ohio and Michigan": no one organisation they speak for.
      static const NameWord kNoOrg = NameWord::kLabel;
      // ("the Department of Health and Social Care" is one: it opens with an
      // organisation word.)
      if (g.inner_org.find(" and ") != std::string::npos) {
        std::string_view first(g.inner_org);
        first = first.substr(0, first.find(' '));
        const NameWord* fw = lex_.Name(first);
        if (!(fw && *fw == NameWord::kOrg)) label = &kNoOrg;
      }
      // "The Florida senator", "the former president": a definite description of one
      // holder of a role is the person last mentioned with that role (Sen. Marco Rubio).
      int described = -1;
      bool unnamed_owner = false;  // (set below for "the ministry's report")
      if (g.b < g.e && toks_[g.b].lower == "the" && !g.group && !g.plural && !g.report_noun &&
          !g.role_head.empty())
        if (const TitleWord* tw = lex_.Role(g.role_head); tw && tw->kind == TitleWord::kRole)
          described = table_.ResolveRole(g.role_head, pos, g.inner_org);
      if (described >= 0) {
        e = described;
      } else if (own_person) {
        r->resolution = "none";
        r->confidence = 0.55;
        r->spk_type = SpeakerType::kPerson;
      } else if (label) {
        r->resolution = "none";
        r->confidence = 0.55;
        r->spk_type = g.group || g.plural ? SpeakerType::kGroup : SpeakerType::kPerson;
      } else if (!g.inner_org.empty()) {
        e = table_.Intern(g.inner_org, SpeakerType::kOrganization, '-', pos, true);
        if (table_.profile(e).type == SpeakerType::kUnknown)
          table_.profile(e).type = SpeakerType::kOrganization;
      } else if (int byname = NounPhraseEntity(g); byname >= 0) {
        e = byname;
      } else if (g.e == g.b + 2 && toks_[g.b].lower == "the" && IsAgeDescriptor(toks_[g.b + 1].lower)) {
        // "the 41-year-old said": the person last spoken of (an age describes a person).
        e = table_.ResolvePronoun('-', false, pos, true);
        if (e >= 0 && table_.profile(e).type != SpeakerType::kPerson) e = -1;
      } else if (!g.role_head.empty() && !g.group && !g.report_noun && lex_.Role(g.role_head)) {
        e = table_.ResolveRole(g.role_head, pos);
      } else if ((g.group && (g.role_head == "researchers" || g.role_head == "authors" ||
                              g.role_head == "investigators" || g.role_head == "writers")) ||
                 (g.report_noun && !g.group)) {
        // "the ministry's monthly report": the report of an organisation the document
        // does not name, not of the one it names most.
        for (int x = g.b; x < g.e && !unnamed_owner; ++x)
          unnamed_owner = toks_[x].possessive && OrgHeadNoun(toks_[x]);
        if (!unnamed_owner) e = table_.MostSalientOrganization(pos);
      }
      // "Tsingshan Holding Group said ... The company said ...": "the" and the kind of
      // organisation that spoke last, in this paragraph or the one before, when its name
      // says it is of that kind: a word of the name ("the association" for the Nickel
      // Miners Association), for "the company"/"the firm" a company's legal form (Group,
      // Holdings, Inc., Ltd ...), for "the group" an advocacy group's (Foundation, Watch ...).
      if (e < 0 && described < 0 && g.b + 2 == g.e && toks_[g.b].lower == "the" && OrgHeadNoun(toks_[g.b + 1]) &&
          !records_.empty() && records_.back().entity >= 0 && records_.back().paragraph >= para_ - 1 &&
          !toks_[g.b + 1].possessive) {
        const SpeakerProfile& last = table_.profile(records_.back().entity);
        if (last.type == SpeakerType::kOrganization && NameIsOfKind(last.name, toks_[g.b + 1].lower))
          e = records_.back().entity;
      }
      if (e >= 0) {
        table_.Mention(e, pos, true);
        r->resolution = "role_noun";
        r->confidence = 0.7;
        // (A qualifier the entity's profile does not confirm: "the French president".)
        if (e == described && !g.inner_org.empty() && !table_.Describes(e, g.inner_org)) r->confidence = 0.6;
      } else {
        r->resolution = "none";
        r->confidence = 0.55;
        // "a ministry spokeswoman", "its chief executive": one holder of a person's role.
        const TitleWord* tw = g.role_head.empty() || g.report_noun ? nullptr : lex_.Role(g.role_head);
        r->spk_type = g.group || g.plural                  ? SpeakerType::kGroup
                      : tw && tw->kind == TitleWord::kRole ? SpeakerType::kPerson
                                                           : SpeakerType::kUnknown;
        // "the agriculture ministry", "the company": a common noun that heads
        // organisations' names.
        if (r->spk_type == SpeakerType::kUnknown &&
            (unnamed_owner || (!g.report_noun && g.e > g.b && OrgHeadNoun(toks_[g.e - 1]))))
          r->spk_type = SpeakerType::kOrganization;
      }
      break;
    }
    default:
      break;
  }
  // "The Amnesty study, which documents ...": the mention is the relative pronoun,
  // resolved through its antecedent.
  if (e >= 0 && g.pron && g.pron->kind == PronounInfo::kRelative) {
    r->resolution = "pronoun";
    r->confidence = 0.8;
  }
  if (e >= 0) {
    for (const std::string& ro : g.roles) table_.AddRole(e, ro);
    for (const std::string& o : g.orgs) table_.AddOrg(e, o);
    r->spk_type = table_.profile(e).type;
  }
  if (!g.roles.empty()) r->role = g.roles[0];
  if (!g.orgs.empty()) r->org = g.orgs[0];
  else if (!g.inner_org.empty() && e < 0) r->org = g.inner_org;
  // "Its governor", "the company's chief executive": a person's role in the
  // organisation mentioned last, in this paragraph or the one before ("The Reserve Bank
  // of India has kept ... Its governor").
  // The same for a named person: "the commission's chairman, Mahmood Yakubu" (the
  // organisation's name then has the possessor's word: the Electoral Commission).
  const bool named_holder = e >= 0 && g.kind == Guess::kName && !g.roles.empty() &&
                            table_.profile(e).type == SpeakerType::kPerson;
  if (((e < 0 && r->spk_type == SpeakerType::kPerson && g.kind == Guess::kRole) || named_holder) && !r->org &&
      g.e > g.b + 1 &&
      (toks_[g.b].lower == "its" ||
       (g.e > g.b + 2 && toks_[g.b].lower == "the" && toks_[g.b + 1].possessive && OrgHeadNoun(toks_[g.b + 1])))) {
    uint32_t from = a_.structure.paragraphs[para_ > 0 ? para_ - 1 : 0].view.start;
    // (An organisation named in lower case comes between: "The ministry of health said
    // cases rose. Its spokesman said ..." is not of the company named before.)
    for (int x = g.b - 1; x >= 0; --x)
      if (toks_[x].kind == Tok::kWord && !toks_[x].cap && OrgHeadNoun(toks_[x])) {
        from = std::max(from, toks_[x].e);
        break;
      }
    int o = table_.LastOrganization(from, pos);
    // (its kind: "the commission's" for a Commission, "the company's" for a Plc)
    if (o >= 0 && toks_[g.b].lower == "the") {
      std::string_view head = toks_[g.b + 1].lower;
      if (head.size() > 2) head.remove_suffix(2);  // the 's
      if (!NameIsOfKind(table_.profile(o).name, head)) o = -1;
    }
    if (o >= 0 && table_.profile(o).type == SpeakerType::kOrganization) {
      r->org = table_.profile(o).name;
      if (named_holder) table_.AddOrg(e, *r->org);
    }
  }
  r->entity = e;
  return e;
}

// ----------------------------------------------------------------- passes

void DocExtractor::AddRecord(const Record& rec) {
  // Adjusted in place: one copy of the strings (`rec` may be an element of records_:
  // push_back copies it before moving the others).
  records_.push_back(rec);
  Record& r = records_.back();
  r.paragraph = para_;
  // A wire dateline ("ROTTERDAM (Wire Service) -") says where the story was filed: no
  // reported clause starts with it.
  const Span dl = a_.structure.paragraphs[para_].dateline_view;
  auto after_dateline = [&](Span* sp) {
    if (dl.empty() || sp->empty() || sp->start >= dl.end || sp->end <= dl.end) return;
    uint32_t b = dl.end;
    while (b < sp->end && (v_[b] == ' ' || v_[b] == '\n')) ++b;
    sp->start = b;
  };
  after_dateline(&r.content);
  after_dateline(&r.clause);
  if (r.extent.empty()) r.extent = r.content;
  // Mixed and partial records: the contract's content is the quoted words only (the clause
  // around them goes to clause_span). The paragraph's quotation regions are known here.
  if (r.type == "mixed" || r.type == "partial") {
    uint32_t qb = UINT32_MAX, qe = 0;
    for (const QuoteRegion& g : regions_) {
      Span in = g.Inner();
      uint32_t b = std::max(in.start, r.content.start), e = std::min(in.end, r.content.end);
      if (b >= e) continue;
      qb = std::min(qb, b);
      qe = std::max(qe, e);
    }
    while (qe > qb && qb < UINT32_MAX && (v_[qe - 1] == ' ' || v_[qe - 1] == ',')) --qe;
    if (qb < qe) r.quoted = Span{qb, qe};
  }
  auto grow = [&](Span s) {
    if (s.empty()) return;
    r.extent.start = std::min(r.extent.start, s.start);
    r.extent.end = std::max(r.extent.end, s.end);
  };
  grow(r.content);
  grow(r.cue);
  grow(r.mention);
  const Record& b = r;
  if (b.entity >= 0 || b.resolution != "none" || !b.mention.empty())
    last_attr_record_ = static_cast<int>(records_.size()) - 1;
  if (b.entity >= 0 && (b.type == "direct" || b.type == "mixed"))
    last_quotation_record_ = static_cast<int>(records_.size()) - 1;
}

// “It is one sentence,” she said, “split by its attribution.”: when a quotation
// opens right after the attribution (a comma and optional time words between) in
// the same sentence, it is the same quotation; the content runs on to its end
// (attribution included, as the span must be one piece). Returns the new end token.
int DocExtractor::ContinueAfterAttribution(int end, int se, Record* r) {
  int m = end;
  while (m < se && m - end < 4 && toks_[m].kind == Tok::kWord && (toks_[m].fw & (kFwTime | kFwDay)) &&
         !toks_[m].cap)
    ++m;
  while (m < se && m - end < 5 && toks_[m].kind == Tok::kWord && (toks_[m].fw & kFwDay)) ++m;
  // An adjunct between the attribution and the rest of the quotation: “...,” she
  // said during a rally in Kenansville, N.C., “...” / he said, referring to X, “...”.
  auto ing = [&](const Tok& t) {
    return t.kind == Tok::kWord && !t.cap && t.lower.size() > 4 && t.lower.substr(t.lower.size() - 3) == "ing";
  };
  int a = end < se && IsPunct(toks_[end], ',') ? end + 1 : end;
  if (a < se && toks_[a].kind == Tok::kWord &&
      ((toks_[a].fw & (kFwPreposition | kFwTime)) || ing(toks_[a]))) {
    int x = a;
    while (x < se && x - a < 16 && toks_[x].kind != Tok::kQuote && !IsPunct(toks_[x], ';') &&
           !IsPunct(toks_[x], '?') && !IsPunct(toks_[x], '!') &&
           !(IsPunct(toks_[x], '.') && x + 1 < se && toks_[x + 1].kind != Tok::kQuote))
      ++x;
    // A cue in the adjunct starts a new attribution: he said, adding later, “...”.
    bool cue = false;
    for (int u = a; u < x; ++u) cue = cue || (toks_[u].cue && toks_[u].cue->verb);
    if (!cue && x < se && toks_[x].kind == Tok::kQuote && x - 1 > a && IsPunct(toks_[x - 1], ',')) m = x - 1;
  }
  if (!(m + 1 < se && IsPunct(toks_[m], ',') && toks_[m + 1].kind == Tok::kQuote)) return end;
  int r2 = toks_[m + 1].region;
  if (r2 < 0 || region_used_[r2] || region_tb_[r2] != m + 1 || region_te_[r2] > se) return end;
  const QuoteRegion& R2 = regions_[r2];
  if (!R2.closed) return end;
  int words = 0;
  for (int u = region_tb_[r2]; u < region_te_[r2]; ++u) words += toks_[u].kind == Tok::kWord;
  if (words < 2) return end;
  r->content.end = R2.Inner().end;
  region_used_[r2] = true;
  for (int u = end; u < region_te_[r2]; ++u) tok_used_[u] = 1;
  return region_te_[r2];
}

// Quotations with the cue and speaker right after or right before them.
void DocExtractor::QuoteAttributions(int p) {
  (void)p;
  for (size_t ri = 0; ri < regions_.size(); ++ri) {
    const QuoteRegion& R = regions_[ri];
    if (R.depth != 0 || region_used_[ri]) continue;
    // Tokens of the region.
    int qb = region_tb_[ri], qe = region_te_[ri];
    if (qb < 0) continue;
    // The sentence around the closing mark, and around the opening mark.
    int close_sent = toks_[qe - 1].ls, open_sent = toks_[qb].ls;
    if (close_sent < 0 || open_sent < 0) continue;
    // The close may fall in the next sentence when the segmenter splits after ."
    int se = sent_toks_[close_sent].second;
    int sb = sent_toks_[open_sent].first;

    // After: “...,” he said. / “...,” said X, title. / “...,” X told Y.
    int i = qe;
    // A quotation that an attribution follows ends in , ? ! . or - (inside the marks,
    // or right after them): “...,” he said.
    bool ends_open = false;
    int lastq = qe - 2;
    while (lastq > qb && toks_[lastq].kind == Tok::kPunct && (toks_[lastq].lower == "'" || toks_[lastq].lower == "\""))
      --lastq;
    if (lastq >= qb) {
      const Tok& last = toks_[lastq];
      ends_open = IsPunct(last, ',') || IsPunct(last, '?') || IsPunct(last, '!') || IsPunct(last, '.') ||
                  IsPunct(last, '-');
    }
    if (qe < se && (IsPunct(toks_[qe], ',') || IsPunct(toks_[qe], '-'))) ends_open = true;
    // “...” ― Stephanie Egan: a dash and a name closing the paragraph.
    if (R.closed && qe < static_cast<int>(toks_.size())) {
      int d = qe;
      while (d < static_cast<int>(toks_.size()) && (IsPunct(toks_[d], '.') || IsPunct(toks_[d], ','))) ++d;
      if (d < static_cast<int>(toks_.size()) && IsPunct(toks_[d], '-') && toks_[d].b > toks_[qe - 1].b) {
        int nb = d + 1, ne = nb;
        while (ne < static_cast<int>(toks_.size()) && toks_[ne].kind != Tok::kQuote && ne - nb < 16) ++ne;
        if (ne == static_cast<int>(toks_.size()) && nb < ne && toks_[nb].cap) {
          Guess g = Interpret(nb, ne);
          if (g.kind == Guess::kName) {
            Record r;
            r.type = "direct";
            r.content = R.Inner();
            r.cue = TokSpan(d, d + 1);
            r.cue_text = std::string(TokText(d, d + 1));
            Resolve(g, toks_[d].b, &r);
            r.region = region_base_ + static_cast<int>(ri);
            r.extent = TokSpan(qb, ne);
            region_used_[ri] = true;
            for (int u = d; u < ne; ++u) tok_used_[u] = 1;
            AddRecord(r);
            continue;
          }
        }
      }
    }
    bool opens_sentence = true;
    for (int u = sb; u < qb; ++u)
      if (toks_[u].kind == Tok::kWord) opens_sentence = false;
    // Inside a sentence, a short quotation in title case is a title (on Fox News'
    // “Sunday Morning Futures,” Rep. Issa said ...), not the speaker's words.
    if (!opens_sentence) {
      int words = 0;
      for (int u = qb; u < qe; ++u) words += toks_[u].kind == Tok::kWord;
      if (words <= 6 && StrictTitleCase(qb, qe)) continue;
    }
    if (R.closed && i < se && ends_open) {
      while (i < se && (IsPunct(toks_[i], ',') || toks_[i].lower == "-")) ++i;
      // The cue within ten tokens, or further after a subject with an apposition:
      // “...,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.
      int limit = std::min(se, i + 10);
      for (int c = i; c < std::min(se, i + 10); ++c)
        if (IsPunct(toks_[c], ',') && c > i) limit = std::min(se, i + 20);
      for (int k = i; k < limit; ++k) {
        if (toks_[k].kind == Tok::kQuote) break;
        const CueWord* cw = nullptr;
        int n = CueAt(k, se, &cw);
        if (n == 0 || (cw && cw->gerund)) continue;
        // After a determiner a cue word is a noun: "the judge told the court".
        if (n == 1 && k > i && (toks_[k - 1].fw & kFwDeterminer) && !IsCountWord(toks_[k - 1])) continue;
        if (n > 1 && toks_[k].lower == "according") {
          Guess g;
          int end;
          if (!RightSpeaker(k + n, se, &g, &end)) break;
          Record r;
          r.type = "direct";
          r.content = R.Inner();
          r.cue = TokSpan(k, k + n);
          r.cue_text = std::string(TokText(k, k + n));
          Resolve(g, toks_[k].b, &r);
          r.region = region_base_ + static_cast<int>(ri);
          region_used_[ri] = true;
          for (int u = k; u < end; ++u) tok_used_[u] = 1;
          end = ContinueAfterAttribution(end, se, &r);
          r.extent = TokSpan(qb, end);
          AddRecord(r);
          break;
        }
        Guess g;
        int end = k + n;
        bool found = false;
        if (k > i) {
          int sbj;
          // Subject order: the speaker between the quote and the cue.
          Guess l = Interpret(i, k);
          int j = k - 1;
          while (j >= i && IsSkippableWord(toks_[j])) --j;
          const Tok& f = toks_[i];
          // (or lower-case modifiers of a role noun: “...,” union leader Marta Souza said)
          bool modified_role = false;
          for (int x = i; x <= j && x < i + 3 && !modified_role; ++x) {
            if (toks_[x].kind != Tok::kWord || toks_[x].cap || toks_[x].fw || toks_[x].cue) break;
            modified_role = x > i && toks_[x].role && toks_[x].role->kind == TitleWord::kRole;
          }
          bool valid_start = f.kind == Tok::kWord && !(f.fw & kFwPreposition) &&
                             (f.cap || lex_.Pronoun(f.lower) || (f.fw & kFwDeterminer) ||
                              lex_.Role(f.lower) || modified_role);
          if (j >= i && valid_start && (opens_sentence || j - i < 8)) {
            l = Interpret(i, j + 1);
            // Apposition: “...,” Chin Malin, spokesman for X, said.
            if (l.kind != Guess::kNone) {
              g = l;
              found = true;
            }
          }
          (void)sbj;
        } else {
          found = RightSpeaker(k + n, se, &g, &end);
        }
        if (!found) break;
        Record r;
        r.type = "direct";
        r.content = R.Inner();
        if (!opens_sentence) {
          // This is “roughly the same advantage,” reported Reuters.
          r.type = "mixed";
          r.content = Span{toks_[sb].b, R.close + R.close_len};
          for (int u = qb - 1; u >= sb; --u)
            if (tok_used_[u] || toks_[u].kind == Tok::kQuote) {
              r.content.start = toks_[u + 1].b;
              break;
            }
        }
        r.cue = TokSpan(k, k + n);
        r.cue_text = std::string(TokText(k, k + n));
        Resolve(g, toks_[k].b, &r);
        // Addressee: “...,” she told Amnesty.
        if (cw && AddresseeCues().count(cw->lemma) && k > i && end < se &&
            toks_[end].kind == Tok::kWord) {
          int m = end;
          while (m < se && toks_[m].kind == Tok::kWord && m - end < 5) ++m;
          r.addressee = std::string(TokText(end, m));
          end = m;
        }
        r.region = region_base_ + static_cast<int>(ri);
        region_used_[ri] = true;
        for (int u = k; u < end; ++u) tok_used_[u] = 1;
        for (int u = i; u < k; ++u) tok_used_[u] = 1;
        if (r.type == "direct") end = ContinueAfterAttribution(end, se, &r);
        r.extent = TokSpan(qb, end);
        AddRecord(r);
        break;
      }
      if (region_used_[ri]) continue;
    }
    // Before: X said: “...” / X said, “...” / X told the Globe: “...”
    if (qb > sb) {
      int k = qb - 1;
      const CueWord* direct_cw = nullptr;
      if (IsPunct(toks_[k], ':') || IsPunct(toks_[k], ',')) {
        --k;
      } else if (CueAt(k, qb, &direct_cw) == 1 && direct_cw && !direct_cw->noun &&
                 direct_cw->cls == CueClass::kSpeech && ObjectCues().count(direct_cw->lemma) == 0) {
        // "Trump declared “I think ...”": the cue right before the mark.
      } else {
        continue;
      }
      // Find the cue within the last few tokens before the mark.
      int stop = std::max(sb, k - 6);
      for (int c = k; c >= stop; --c) {
        if (toks_[c].kind == Tok::kQuote) break;
        const CueWord* cw = nullptr;
        int n = CueAt(c, qb, &cw);
        if (n == 0) continue;
        Guess g;
        int subj_b = c;
        bool comma_gerund = cw && cw->gerund && c > sb && IsPunct(toks_[c - 1], ',');
        bool found = !comma_gerund && LeftSubject(sb, c, &g, &subj_b);
        // "Said Ellis: “...”": the cue opens the sentence, the speaker follows it.
        if (!found && c == sb && toks_[c].cap && cw && !cw->gerund) {
          int sp_end = c + n;
          found = RightSpeaker(c + n, k + 1, &g, &sp_end) && sp_end >= k;
          subj_b = c;
        }
        // "..., saying, “...”": the subject opening the sentence.
        // (The words between the subject and ", saying" stay free: "X acknowledged some
        // plagiarism, saying, “...”" is an attribution of its own.)
        bool sentence_subject = false;
        if (!found && cw && cw->gerund && c > sb && IsPunct(toks_[c - 1], ',') &&
            !(last_attr_record_ >= 0 && records_[last_attr_record_].paragraph == para_ &&
              records_[last_attr_record_].extent.end > toks_[sb].b))
          found = sentence_subject = SentenceSubject(sb, c, &g, &subj_b);
        if (!found && cw && cw->gerund) {
          // "..., adding: “...”" -> the speaker of the sentence's attribution.
          if (last_attr_record_ >= 0 && records_[last_attr_record_].paragraph == para_) {
            Record r = records_[last_attr_record_];
            r.type = "direct";
            r.content = R.Inner();
            r.cue = TokSpan(c, c + n);
            r.cue_text = std::string(TokText(c, c + n));
            r.resolution = "continuation";
            r.extent = TokSpan(c, qe);
            r.region = region_base_ + static_cast<int>(ri);
            r.confidence = 0.75;
            region_used_[ri] = true;
            AddRecord(r);
          }
          break;
        }
        if (!found) break;
        Record r;
        r.type = "direct";
        r.content = R.Inner();
        r.cue = TokSpan(c, c + n);
        r.cue_text = std::string(TokText(c, c + n));
        Resolve(g, toks_[c].b, &r);
        if (cw && AddresseeCues().count(cw->lemma) && c + n < k + 1)
          r.addressee = std::string(TokText(c + n, k + 1));
        r.region = region_base_ + static_cast<int>(ri);
        int ext_end = qe;
        // X said “A” to drive up the price: lower-case words after the closing mark
        // carry the reported clause on; the record is mixed, its content the clause.
        if (R.closed && qe + 1 < se && toks_[qe].kind == Tok::kWord && !toks_[qe].cap) {
          int t = qe;
          while (t < se && toks_[t].kind != Tok::kQuote && !IsPunct(toks_[t], ';') && !IsPunct(toks_[t], '.') &&
                 !IsPunct(toks_[t], '?') && !IsPunct(toks_[t], '!') &&
                 !(IsPunct(toks_[t], ',') && t + 1 < se && toks_[t + 1].cue && toks_[t + 1].cue->verb))
            ++t;
          while (t > qe && toks_[t - 1].kind == Tok::kPunct) --t;
          if (t - qe >= 2 && (t == se || toks_[t].kind != Tok::kQuote)) {
            r.type = "mixed";
            r.content.end = toks_[t - 1].e;
            ext_end = t;
            for (int u = qe; u < t; ++u) tok_used_[u] = 1;
          }
        }
        r.extent = TokSpan(subj_b, ext_end);
        region_used_[ri] = true;
        for (int u = sentence_subject ? c : subj_b; u <= k; ++u) tok_used_[u] = 1;
        AddRecord(r);
        break;
      }
    }
  }
}

// An adjective by its ending: negative, crude, recent, primary, smaller, terrorist.
bool LooksAdjective(std::string_view w) {
  static const char* const kEndings[] = {"ive", "al", "ous", "ic", "ful", "less", "able", "ible", "ary",
                                         "ent", "ant", "est", "ist", "ish", "ude", "ern", "ple"};
  if (w.size() < 4) return false;
  for (const char* e : kEndings) {
    std::string_view x(e);
    if (w.size() > x.size() + 2 && w.compare(w.size() - x.size(), x.size(), x) == 0) return true;
  }
  return false;
}

// Indirect (and mixed) attributions from cue words outside quotations.
void DocExtractor::CueAttributions(int sb, int se) {
  // Content end: the sentence end without its final punctuation.
  auto content_end = [&](int from) {
    int e = se;
    for (int i = from; i < se; ++i) {
      if (toks_[i].region >= 0) continue;
      if (IsPunct(toks_[i], ';')) {
        e = i;
        break;
      }
      // ", and officials promised that ...": a coordinated clause with its own cue.
      // Also ", though she noted ...", ", while critics argued ...".
      if (IsPunct(toks_[i], ',') && i + 2 < se &&
          (toks_[i + 1].lower == "and" || toks_[i + 1].lower == "but" || toks_[i + 1].lower == "though" ||
           toks_[i + 1].lower == "although" || toks_[i + 1].lower == "while" ||
           toks_[i + 1].lower == "whereas") &&
          i > from + 2) {
        bool cue_clause = false;
        // After "although"/"though"/"while" a present tense cue counts too ("although they say").
        bool concessive = toks_[i + 1].lower != "and" && toks_[i + 1].lower != "but";
        for (int x = i + 3; x < std::min(se, i + 8); ++x) {
          if (toks_[x].kind != Tok::kWord || toks_[x].region >= 0) break;
          if (toks_[x].cue && toks_[x].cue->verb && !toks_[x].cue->gerund &&
              (toks_[x].cue->past || (concessive && !toks_[x].cue->noun))) {
            cue_clause = true;
            break;
          }
        }
        if (cue_clause) {
          e = i;
          break;
        }
      }
      // "... and called for ...": a coordinated verb with its own cue.
      // (After a two-word object only a speech verb right after: "praised his striker but
      // said the team ...", not "said both he and Rubio promised".)
      if ((toks_[i].lower == "and" || toks_[i].lower == "but") && i + 1 < se && toks_[i].region < 0 &&
          (i > from + 2 || (i == from + 2 && toks_[i + 1].cue && toks_[i + 1].cue->verb && toks_[i + 1].cue->past &&
                            toks_[i + 1].cue->cls == CueClass::kSpeech && toks_[i + 1].region < 0))) {
        int x = i + 1;
        // "..., but he said that ...", "and officials said": a new subject first.
        if (x < se && toks_[x].pron && toks_[x].pron->kind == PronounInfo::kPersonal && toks_[x].lower != "it" &&
            toks_[x].lower != "him" && toks_[x].lower != "them")
          ++x;
        else if (x < se && toks_[x].cap && !toks_[x].cue)
          while (x < se && x - i <= 3 && toks_[x].cap && toks_[x].kind == Tok::kWord) ++x;
        else if (x < se && (toks_[x].fw & kFwDeterminer) && toks_[x].lower != "that") {
          int y = x + 1;
          while (y < se && y - x <= 2 && toks_[y].kind == Tok::kWord && !toks_[y].cue && !(toks_[y].fw & kFwSkippable))
            ++y;
          if (y > x + 1) x = y;
        }
        while (x < se && IsSkippableWord(toks_[x]) && !toks_[x].cue) ++x;
        if (x < se && toks_[x].cue && toks_[x].cue->verb && !toks_[x].cue->gerund && toks_[x].region < 0 &&
            (toks_[x].cue->past || toks_[x].lower != toks_[x].cue->lemma)) {
          e = i;
          break;
        }
      }
      // ", saying ...": a new attribution starts.
      if (IsPunct(toks_[i], ',') && i + 1 < se && toks_[i + 1].cue && toks_[i + 1].cue->gerund &&
          toks_[i + 1].region < 0 && i > from + 1) {
        e = i;
        break;
      }
      // ", told his advisers ...": a second verb of the subject after a comma.
      if (IsPunct(toks_[i], ',') && i + 1 < se && i > from + 2 && toks_[i + 1].region < 0 &&
          toks_[i + 1].cue && toks_[i + 1].cue->verb && toks_[i + 1].cue->past && !toks_[i + 1].cap) {
        e = i;
        break;
      }
      // "..., but also drew ...": a coordinated verb phrase.
      if (toks_[i].lower == "but" && i > from + 2 && i + 2 < se && toks_[i].region < 0 &&
          toks_[i + 1].lower == "also" && toks_[i + 2].kind == Tok::kWord && !toks_[i + 2].cap &&
          toks_[i + 2].lower.size() > 3 && toks_[i + 2].lower.substr(toks_[i + 2].lower.size() - 2) == "ed") {
        e = i;
        break;
      }
      // "the reality of climate change, which makes him ...": a relative clause
      // running to the end qualifies the last noun, not the attribution.
      if (IsPunct(toks_[i], ',') && i + 1 < se && i > from + 2 && toks_[i + 1].region < 0 &&
          (toks_[i + 1].lower == "which" || toks_[i + 1].lower == "who")) {
        bool more = false;
        for (int x = i + 2; x < se && !more; ++x)
          more = IsPunct(toks_[x], ',') || IsPunct(toks_[x], ';') || toks_[x].kind == Tok::kQuote;
        if (!more) {
          e = i;
          break;
        }
      }
      // ", focusing on ...": a participle after a comma qualifies the attribution, not
      // the reported words. (A with-phrase stays: "... were hit hardest, with more than
      // 30,000 hectares damaged", "a poll showed Trump leading, with 46 percent".)
      if (IsPunct(toks_[i], ',') && i + 1 < se && i > from + 2 && toks_[i + 1].region < 0 &&
          toks_[i + 1].kind == Tok::kWord && !toks_[i + 1].cap) {
        std::string_view w = toks_[i + 1].lower;
        bool ing = w.size() > 5 && w.substr(w.size() - 3) == "ing" && !(toks_[i + 1].fw & kFwPreposition);
        if (ing) {
          e = i;
          break;
        }
      }
      // "... but has been met with opposition": a second verb phrase of the subject.
      if (toks_[i].lower == "but" && i > from + 2 && i + 1 < se && toks_[i + 1].kind == Tok::kWord &&
          (toks_[i + 1].lower == "has" || toks_[i + 1].lower == "have" || toks_[i + 1].lower == "had" ||
           toks_[i + 1].lower == "was" || toks_[i + 1].lower == "is" || toks_[i + 1].lower == "did" ||
           toks_[i + 1].lower == "does")) {
        e = i;
        break;
      }
    }
    // "... in a statement (on Thursday)", "... in an interview": the setting of the
    // attribution at the end of the clause is not part of it.
    for (int i = from + 2; i + 1 < e; ++i) {
      if (toks_[i].region >= 0) continue;
      if (toks_[i].lower != "in" || !(toks_[i + 1].fw & kFwDeterminer)) continue;
      int h = i + 2;
      if (h < e && toks_[h].kind == Tok::kWord && toks_[h].cue && toks_[h].cue->noun) {
        int t = h + 1;
        // "... in an interview with The Washington Post last week".
        if (t + 1 < e && (toks_[t].lower == "with" || toks_[t].lower == "on") &&
            (toks_[t + 1].cap || (toks_[t + 1].fw & kFwDeterminer)))
          ++t;
        while (t < e && ((toks_[t].fw & (kFwTime | kFwDay | kFwDeterminer)) || toks_[t].cap) &&
               toks_[t].kind == Tok::kWord)
          ++t;
        while (t < e && toks_[t].kind == Tok::kPunct && !IsPunct(toks_[t], ',')) ++t;
        if (t >= e) {
          e = i;
          break;
        }
      }
    }
    while (e > from && toks_[e - 1].kind == Tok::kPunct &&
           (IsPunct(toks_[e - 1], '.') || IsPunct(toks_[e - 1], '!') || IsPunct(toks_[e - 1], '?') ||
            IsPunct(toks_[e - 1], ';') || IsPunct(toks_[e - 1], ':') || IsPunct(toks_[e - 1], ',')))
      --e;
    return e;
  };
  auto regions_in = [&](int b, int e, std::vector<int>* out) {
    for (int i = b; i < e; ++i)
      if (toks_[i].region >= 0 && (out->empty() || out->back() != toks_[i].region))
        out->push_back(toks_[i].region);
  };
  auto make_content = [&](int b, int e, Record* r, const CueWord* cw) -> bool {
    // Trim punctuation around the clause; signs that belong to a number stay ("by
    // about 20%", "$5 million").
    auto sign = [](const Tok& t) {
      std::string_view w = t.lower;
      return w == "%" || w == "$" || w == "#" || w == "\xE2\x82\xAC" || w == "\xC2\xA3" || w == "\xC2\xA5" ||
             w == "\xC2\xB0";
    };
    while (b < e && toks_[b].kind == Tok::kPunct && !IsPunct(toks_[b], '[') && !IsPunct(toks_[b], '(') &&
           !sign(toks_[b]))
      ++b;
    while (e > b && toks_[e - 1].kind == Tok::kPunct && !IsPunct(toks_[e - 1], ']') &&
           !IsPunct(toks_[e - 1], ')') && !sign(toks_[e - 1]))
      --e;
    if (e - b < 2) return false;
    // "at a press conference", "in Hanoi on Monday": a short setting left over from an
    // attribution (", O'Malley said at a press conference, according to ...") is no clause.
    {
      static const WordSet kSetting = {"at", "in", "on", "during", "via", "from"};
      if (e - b <= 5 && toks_[b].region < 0 && kSetting.count(toks_[b].lower)) {
        bool verb = false;
        for (int i = b + 1; i < e && !verb; ++i)
          verb = (toks_[i].cue && toks_[i].cue->verb && toks_[i].lower != toks_[i].cue->lemma) ||
                 (toks_[i].fw & kFwSkippable);
        if (!verb) return false;
      }
    }
    // "did not respond to requests for comment", "declined to comment": no words reported.
    if (toks_[b].lower == "to" && e - b <= 7 && toks_[e - 1].lower == "comment") return false;
    std::vector<int> regs;
    regions_in(b, e, &regs);
    std::vector<int> all_regs = regs;
    // Short quoted terms inside the clause are scare quotes, not quoted speech.
    bool object_cue0 = cw && ObjectCues().count(cw->lemma);
    regs.erase(std::remove_if(regs.begin(), regs.end(), [&](int g) {
                 int w = 0;
                 for (int i = b; i < e; ++i) w += toks_[i].region == g && toks_[i].kind == Tok::kWord;
                 return w < (object_cue0 ? 1 : opts_.min_scare_words);
               }), regs.end());
    r->type = "indirect";
    r->content = TokSpan(b, e);
    r->clause = r->content;
    // Keep a quotation's closing mark inside the content when the clause ends with it.
    if (regs.empty() && !all_regs.empty()) {
      // Only a short quoted word or two: the clause still ends with it when an
      // adjunct follows (blasted Clinton as a “disgrace” Wednesday on ...).
      const QuoteRegion& L = regions_[all_regs.back()];
      int after = -1;
      for (int i = b; i < e; ++i)
        if (toks_[i].b >= L.close + L.close_len) {
          after = i;
          break;
        }
      static const WordSet kAdj = {
          "after", "before", "when", "while", "because", "during", "following", "amid", "despite",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"};
      if (L.closed && after >= 0 && e - after >= 3 && kAdj.count(toks_[after].lower))
        r->content.end = L.close + L.close_len;
    }
    if (!regs.empty()) {
      const QuoteRegion& R = regions_[regs.back()];
      if (R.closed && R.close >= r->content.end && R.close < toks_[e - 1].e + 3 &&
          r->content.end <= R.close)
        r->content.end = R.close + R.close_len;
      int qwords = 0, words = 0;
      for (int i = b; i < e; ++i) {
        if (toks_[i].kind != Tok::kWord) continue;
        ++words;
        if (toks_[i].region >= 0 && std::find(regs.begin(), regs.end(), toks_[i].region) != regs.end()) ++qwords;
      }
      // The clause is a quotation another record already has ("..., adding, “...”").
      if (regs.size() == 1 && region_used_[regs[0]] && qwords * 10 >= words * 9) return false;
      r->type = "mixed";
      bool object_cue = cw && ObjectCues().count(cw->lemma);
      const QuoteRegion& F = regions_[regs.front()];
      const QuoteRegion& L = regions_[regs.back()];
      if (regs.size() == 1 && qwords * 10 >= words * 9) {
        // "that “...”": the whole clause is the quotation.
        r->content = F.Inner();
      } else if (L.closed) {
        // The clause ends with the last quotation when what follows is an adjunct:
        // called Clinton a “disgrace” after she ..., / “true,” but in the course of ...
        int after = -1;
        for (int i = b; i < e; ++i)
          if (toks_[i].b >= L.close + L.close_len) {
            after = i;
            break;
          }
        if (after >= 0) {
          while (after < e && toks_[after].kind == Tok::kPunct && !IsPunct(toks_[after], '-') &&
                 !IsPunct(toks_[after], ',') && !IsPunct(toks_[after], ';'))
            ++after;
          int rest = e - after;
          static const WordSet kAdjunct = {
              "after", "before", "when", "while", "because", "since", "during", "but",
              "following", "amid", "despite", "although", "though", "-", ",", ";",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
              "earlier", "today", "yesterday", "which", "where", "meaning", "saying"};
          if (rest > 0 && object_cue &&
              (kAdjunct.count(toks_[after].lower) || toks_[after].lower == "and"))
            r->content.end = L.close + L.close_len;
        }
      }
      for (int g : regs) region_used_[g] = true;
      r->region = region_base_ + regs.front();
    }
    return true;
  };

  // "Officials welcomed the move, the minister said.": a trailing attribution after the
  // last comma reports the whole clause before it, so cue words inside that clause are
  // part of what was said, not attributions of their own.
  int trailing_comma = -1;
  {
    int e = se;
    while (e > sb && toks_[e - 1].kind == Tok::kPunct) --e;
    // Each comma of the last dozen tokens, right to left ("..., said Ilse Berg, the mayor").
    for (int c = e - 1; c > sb + 2 && e - c <= 14 && trailing_comma < 0; --c) {
      if (toks_[c].region >= 0 || toks_[c].kind == Tok::kQuote) break;
      if (!IsPunct(toks_[c], ',') || c + 1 >= e) continue;
      auto speech = [&](int i) {
        const CueWord* w = toks_[i].cue;
        return w && w->verb && !w->gerund && w->cls == CueClass::kSpeech &&
               (w->past || toks_[i].lower != w->lemma);
      };
      // "..., said the minister" / "..., the minister said (on Friday)".
      int v = -1;
      if (speech(c + 1)) {
        v = c + 1;
      } else {
        for (int i = c + 2; i < e && v < 0; ++i)
          if (speech(i)) v = i;
      }
      if (v >= 0) {
        bool ok = true;
        for (int i = v + 1; i < e && ok; ++i) ok = (toks_[i].fw & (kFwTime | kFwDay)) || toks_[i].cap;
        Guess g;
        int subj = v;
        if (v == c + 1) {
          int end = v + 1;
          ok = RightSpeaker(v + 1, se, &g, &end);
        } else if (!ok) {
        } else {
          ok = ok && LeftSubject(c + 1, v, &g, &subj) && subj == c + 1 &&
               (g.kind == Guess::kName || g.kind == Guess::kPronoun || g.kind == Guess::kRole);
        }
        if (ok) trailing_comma = c;
      }
    }
  }

  for (int k = sb; k < se; ++k) {
    if (tok_used_[k] || toks_[k].region >= 0) continue;
    if (!toks_[k].phrase_start && !toks_[k].cue) continue;  // CueAt would find nothing
    const CueWord* cw = nullptr;
    int n = CueAt(k, se, &cw);
    if (n == 0) continue;
    if (k < trailing_comma && !(k + n < se && toks_[k + n].lower == "that")) continue;
    bool according = toks_[k].lower == "according" && n == 2;
    if (according) {
      // "According to X, CLAUSE." / "CLAUSE, according to X." / "In 2016, according to X, CLAUSE."
      int sp = k + n, end = sp;
      while (end < se && !IsPunct(toks_[end], ',') && !IsPunct(toks_[end], ';') &&
             toks_[end].kind != Tok::kQuote && end - sp < 30)
        ++end;
      if (end == se || (end < se && IsPunct(toks_[end], ';'))) {
      } else if (!IsPunct(toks_[end], ',')) {
        continue;
      }
      // "According to figures from Skills for Care, an industry body, about one in ten
      // ...": an apposition of the source ends with a second comma.
      if (end < se && IsPunct(toks_[end], ',') && end + 2 < se &&
          (toks_[end + 1].lower == "a" || toks_[end + 1].lower == "an" || toks_[end + 1].lower == "the")) {
        int x = end + 2;
        bool np = true;
        while (x < se && x - end <= 7 && !IsPunct(toks_[x], ',') && np) {
          np = toks_[x].kind == Tok::kWord && !(toks_[x].cue && toks_[x].cue->verb) &&
               !(toks_[x].fw & (kFwSkippable | kFwBoundary));
          ++x;
        }
        if (np && x < se && IsPunct(toks_[x], ',')) end = x;
      }
      int spe = end;
      while (spe > sp && toks_[spe - 1].kind == Tok::kPunct) --spe;
      if (spe == sp) continue;
      Guess g = Interpret(sp, spe);
      if (g.kind == Guess::kNone) continue;
      int cb, ce;
      int words_before = 0;
      for (int u = sb; u < k; ++u) words_before += toks_[u].kind == Tok::kWord && !tok_used_[u];
      // The reported clause is the one before "according to X" unless that is only a
      // short adverbial ("Also in 2016, according to X, ...").
      if (content_end(end) - end >= 3 && words_before < 5) {
        cb = end + 1;
        ce = content_end(cb);
      } else {
        cb = sb;
        for (int u = k - 1; u >= sb; --u)
          if (tok_used_[u]) {
            cb = u + 1;
            break;
          }
        ce = k;
      }
      Record r;
      if (!make_content(cb, ce, &r, nullptr)) continue;
      r.cue = TokSpan(k, k + n);
      r.cue_text = std::string(TokText(k, k + n));
      Resolve(g, toks_[k].b, &r);
      r.confidence *= 0.95;
      for (int u = k; u < end; ++u) tok_used_[u] = 1;
      AddRecord(r);
      k = end - 1;
      continue;
    }
    if (!cw) {
      // Other phrases ("in a statement", "told reporters") are handled around verbs.
      if (n > 1 && toks_[k].cue == nullptr) continue;
      cw = toks_[k].cue;
      if (!cw) continue;
    }
    // "An officer who declined to be identified said ...", "an official who asked not to
    // be named told ...": the relative clause describes the subject of a later speech verb.
    // (Not "O'Malley, who noted that he had raised ...": a clause of its own.)
    if (n == 1 && k > sb + 1 && toks_[k - 1].lower == "who" && cw->verb && cw->past && k + 1 < se &&
        toks_[k + 1].lower != "that") {
      bool later = false;
      for (int x = k + 2; x < se && x - k <= 8 && !later; ++x) {
        if (toks_[x].region >= 0 || toks_[x].kind == Tok::kPunct || toks_[x].pron) break;
        later = toks_[x].cue && toks_[x].cue->verb && toks_[x].cue->past &&
                (toks_[x].cue->lemma == "say" || toks_[x].cue->lemma == "tell");
      }
      if (later) continue;
    }
    if (!opts_.indirect) continue;
    bool strong = cw->cls == CueClass::kSpeech || cw->cls == CueClass::kReport || n > 1;
    if (!strong && !opts_.beliefs) continue;
    // "Trump's claim that ...", "her warning that ...": a cue noun with a possessor
    // and a that-clause attributes the clause to the possessor.
    if (n == 1 && cw->noun && k > sb && k + 2 < se && toks_[k + 1].lower == "that" &&
        (toks_[k - 1].possessive || toks_[k - 1].lower == "his" || toks_[k - 1].lower == "her" ||
         toks_[k - 1].lower == "their")) {
      int pb = k - 1;
      if (toks_[k - 1].possessive)
        while (pb > sb && toks_[pb - 1].kind == Tok::kWord && toks_[pb - 1].cap && k - pb < 4) --pb;
      Guess pg = Interpret(pb, k);
      int ce = content_end(k + 2);
      Record r;
      if ((pg.kind == Guess::kName || pg.kind == Guess::kPronoun || pg.kind == Guess::kRole) &&
          (toks_[pb].cap || pg.kind == Guess::kPronoun) && make_content(k + 2, ce, &r, cw)) {
        r.cue = TokSpan(k, k + 1);
        r.cue_text = std::string(TokText(k, k + 1));
        Resolve(pg, toks_[pb].b, &r);
        r.confidence *= 0.85;
        for (int u = pb; u < ce; ++u) tok_used_[u] = 1;
        AddRecord(r);
        k = ce - 1;
        continue;
      }
    }
    // "743 pledged delegates": a participle after a number is an adjective.
    // ("in 2008 questioned whether" is a verb: a year after "in", no noun after it)
    if (n == 1 && cw->past && k > sb && k + 1 < se && toks_[k - 1].kind == Tok::kWord &&
        toks_[k - 1].lower[0] >= '0' && toks_[k - 1].lower[0] <= '9' &&
        !(k - 2 >= sb && toks_[k - 2].lower == "in") && toks_[k + 1].kind == Tok::kWord &&
        !toks_[k + 1].cap && toks_[k + 1].fw == 0)
      continue;
    // "an American flag": a cue word after "a"/"an" and one capitalised word is a noun.
    if (n == 1 && k > sb + 1 && toks_[k - 1].cap && (toks_[k - 2].lower == "a" || toks_[k - 2].lower == "an"))
      continue;
    // A verb right after "to" is an infinitive ("to say"), after a determiner a noun.
    // ("a mother of three said": a number after "of" ends the subject)
    // ("officials both said", "they all said": a floating quantifier, not a determiner)
    if (k > sb && (toks_[k - 1].lower == "to" ||
                   ((toks_[k - 1].fw & kFwDeterminer) && !((toks_[k - 1].fw & kFwSkippable) && k - 1 > sb) &&
                    !(k - 2 >= sb && toks_[k - 2].lower == "of" && IsCountWord(toks_[k - 1])))))
      continue;
    if (toks_[k].cap && k == sb) continue;  // sentence-initial "Says ..." headlines are rare
    // A capitalised cue word after another capitalised word, in a sentence that is not
    // in title case, is part of a name: the Clean Power Plan, the Clean Air Act.
    if (toks_[k].cap && k > sb + 1 && toks_[k - 1].cap && toks_[k - 1].kind == Tok::kWord &&
        !toks_[k].allcaps && !StrictTitleCase(sb, se))
      continue;
    // "Unilever, whose brands include ...": after "whose" a cue word is a noun.
    if (n == 1 && k > sb && toks_[k - 1].lower == "whose") continue;
    // After a possessive a cue word is a noun: Trump's comments, Editor's note.
    // (A past form is an adjective there: Trump's declared goal, the firm's stated aim;
    // "Trump's said that" is "Trump has said".)
    if (n == 1 && k > sb && toks_[k - 1].possessive &&
        (!cw->past || !(k + 1 < se && (toks_[k + 1].lower == "that" || toks_[k + 1].kind == Tok::kQuote ||
                                       toks_[k + 1].kind == Tok::kPunct)))) {
      std::string_view p = toks_[k - 1].lower;
      p.remove_suffix(2);
      if (!lex_.Pronoun(p) && p != "there" && p != "what" && p != "that") continue;  // not he's, it's
    }
    // "Northwind will report fourth-quarter results on Jan. 29": figures to come, not a
    // reported clause.
    // (Only the base form, a report still to come; "reported a profit of $1.78 a share"
    // is the company's figure.)
    if (n == 1 && cw->lemma == "report" && toks_[k].lower == "report" && k + 1 < se && toks_[k + 1].lower != "that") {
      static const WordSet kFigures = {"results", "earnings", "profit", "profits", "loss", "losses",
                                       "revenue", "revenues", "sales", "income", "figures"};
      bool figures = false;
      for (int x = k + 1; x < std::min(se, k + 5) && !figures && toks_[x].kind == Tok::kWord; ++x)
        figures = kFigures.count(toks_[x].lower) > 0;
      if (figures) continue;
    }
    // "Having said that, ...", "That said, ...": a discourse marker, not an attribution.
    if (n == 1 && cw->lemma == "say" && toks_[k].lower == "said" &&
        ((k > sb && toks_[k - 1].lower == "having" && k + 1 < se && toks_[k + 1].lower == "that") ||
         (k == sb + 1 && toks_[sb].lower == "that" && k + 1 < se && IsPunct(toks_[k + 1], ','))))
      continue;
    // "declined, through a spokesman, to comment": "decline" reports only "to" + verb.
    if (n == 1 && cw->lemma == "decline") {
      int x = k + 1;
      while (x < se && x - k < 8 && toks_[x].lower != "to" && toks_[x].region < 0) ++x;
      if (x >= se || toks_[x].lower != "to" || (x > k + 1 && !IsPunct(toks_[k + 1], ','))) continue;
    }
    // "who asked not to be named", "declined to be identified": a condition of the
    // source's anonymity, not what they said.
    if (k + 3 < se && (toks_[k + 1].lower == "not" || toks_[k + 1].lower == "to") &&
        (toks_[k + 2].lower == "to" || toks_[k + 2].lower == "be")) {
      int x = toks_[k + 1].lower == "not" ? k + 3 : k + 2;
      if (x < se && toks_[x].lower == "be") ++x;
      if (x < se && (toks_[x].lower == "named" || toks_[x].lower == "identified" || toks_[x].lower == "quoted"))
        continue;
    }
    // "continue" attributes quotations (“...,” he continued) and clauses (continues to
    // insist that ...), not its objects (Republicans continue their attacks).
    if (n == 1 && cw->lemma == "continue") {
      bool that = false;
      for (int t = k + 1; t < std::min(se, k + 6) && !that; ++t) that = toks_[t].lower == "that";
      if (!that) continue;
    }
    // Noun or verb? "The Amnesty report describes": a cue followed by a verb is a noun;
    // a base form that is also a noun is a verb only after a pronoun or auxiliary.
    {
      // An -s form that can be a plural noun ("states", "rules", "plans") is a noun
      // inside a name (the United States), after a number or determiner (27 states,
      // several states), or before a verb form (states could, states led by).
      if (n == 1 && !cw->past && !cw->gerund && toks_[k].lower != cw->lemma && toks_[k].lower.back() == 's') {
        // Capitalised mid-sentence before a lower-case word, or in a sentence that is
        // not title case: part of a name (the United States, Britain and France).
        if (toks_[k].cap && k > sb &&
            ((k + 1 < se && toks_[k + 1].kind == Tok::kWord && !toks_[k + 1].cap) || !TitleCase(sb, se)))
          continue;
        const Tok& pt = toks_[k - (k > sb ? 1 : 0)];
        static const WordSet kMany = {"dozen", "dozens", "hundreds", "thousands", "including"};
        bool prep = (pt.fw & kFwPreposition) && pt.lower != "and" && pt.lower != "but" && pt.lower != "or";
        // "solidly Democratic states": a capitalised adjective in -ic before it.
        bool adjective = pt.cap && pt.lower.size() > 4 && pt.lower.compare(pt.lower.size() - 2, 2, "ic") == 0;
        if (k > sb && adjective) continue;
        if (k > sb && ((pt.fw & kFwDeterminer) || prep || IsCountWord(pt) || kMany.count(pt.lower)))
          continue;
        // "terrorist attacks", "negative comments", "crude remarks", "smaller states": a
        // lower-case adjective before it (by its ending; not a role noun: "the official
        // claims"), unless a reported clause or quotation follows.
        if (cw->plural_noun && k > sb && pt.kind == Tok::kWord && !pt.cap && !pt.role && !pt.pron && !pt.cue &&
            pt.fw == 0 && LooksAdjective(pt.lower)) {
          const bool clause_next = k + 1 < se && (toks_[k + 1].lower == "that" || toks_[k + 1].kind == Tok::kQuote ||
                                                  IsPunct(toks_[k + 1], ':') || IsPunct(toks_[k + 1], ','));
          if (!clause_next) continue;
        }
        if (k + 1 < se && toks_[k + 1].kind == Tok::kWord && toks_[k + 1].region < 0) {
          const Tok& nt = toks_[k + 1];
          std::string_view w = nt.lower;
          bool aux = w == "could" || w == "would" || w == "will" || w == "can" || w == "may" || w == "might" ||
                     w == "must" || w == "should" || w == "are" || w == "were" || w == "have" || w == "had" ||
                     w == "is" || w == "was" || w == "do" || w == "did";
          bool form = !nt.cue && w.size() > 4 && w.substr(w.size() - 2) == "ed";
          if (aux || form) continue;
        }
      }
      int nx = k + n;
      while (nx < se && IsSkippableWord(toks_[nx]) && toks_[nx].lower != "has" &&
             toks_[nx].lower != "have" && toks_[nx].lower != "had")
        ++nx;
      const CueWord* next = nx < se ? toks_[nx].cue : nullptr;
      if (n == 1 && next && next->verb && !next->gerund && toks_[nx].region < 0 && !cw->past &&
          toks_[nx].lower != next->lemma + "ing")
        continue;
      if (n == 1 && toks_[k].lower == cw->lemma && k > sb && !cw->noun) {
        // A base form needs a plural subject or an auxiliary: "officials say", "they say",
        // "did not say"; not "and state violence".
        int pb = k - 1;
        while (pb > sb && IsSkippableWord(toks_[pb]) && toks_[pb].lower != "do" && toks_[pb].lower != "did" &&
               toks_[pb].lower != "will" && toks_[pb].lower != "would" && toks_[pb].lower != "could" &&
               toks_[pb].lower != "can" && toks_[pb].lower != "may" && toks_[pb].lower != "might" &&
               toks_[pb].lower != "should" && toks_[pb].lower != "must" && toks_[pb].lower != "not" &&
               toks_[pb].lower != "n't")
          --pb;
        std::string_view pw = toks_[pb].lower;
        static const WordSet kOk = {
            "i", "we", "they", "you", "do", "did", "does", "will", "would", "could", "can", "may", "might",
            "should", "must", "not", "n't", "to", "who", "also", "often"};
        bool plural = pw.size() > 3 && pw.back() == 's' && !toks_[pb].possessive && pw != "has" && pw != "was" &&
                      pw != "is" && pw != "this" && pw != "its" && pw != "his";
        if (!kOk.count(pw) && !plural && !toks_[pb].cap && !(lex_.Role(pw) && lex_.Role(pw)->kind == TitleWord::kGroup)) {
          // A plural subject further left: "Those close to him say", "Political
          // observers in Virginia say".
          Guess sg;
          int sbj = k;
          bool ok = false;
          if (LeftSubject(sb, k, &sg, &sbj) && sbj < k) {
            static const WordSet kPluralDet = {"those", "these", "many", "several", "some", "both", "all", "few",
                                               "most", "other"};
            for (int x = sbj; x < std::min(k, sbj + 3) && !ok; ++x) {
              std::string_view w = toks_[x].lower;
              if (toks_[x].kind != Tok::kWord) break;
              ok = kPluralDet.count(w) ||
                   (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && !toks_[x].possessive &&
                    !(toks_[x].fw & (kFwSkippable | kFwPreposition)) && w != "this" && w != "his" && w != "its");
              if (toks_[x].fw & kFwPreposition) break;
            }
          }
          if (!ok) continue;
        }
      }
      if (n == 1 && cw->noun && toks_[k].lower == cw->lemma && k > sb) {
        static const WordSet kBefore = {
            "i", "we", "they", "you", "do", "did", "does", "will", "would", "could", "can", "may",
            "might", "should", "must", "also", "often", "now", "still", "who", "not", "n't"};
        if (!kBefore.count(toks_[k - 1].lower)) continue;
      }
      // Passive: "are estimated to", "was told".
      int pv = k - 1;
      while (pv >= sb && IsSkippableWord(toks_[pv]) && toks_[pv].lower != "is" && toks_[pv].lower != "are" &&
             toks_[pv].lower != "was" && toks_[pv].lower != "were" && toks_[pv].lower != "been")
        --pv;
      if (pv >= sb && cw->past && (toks_[pv].lower == "is" || toks_[pv].lower == "are" || toks_[pv].lower == "was" ||
                                   toks_[pv].lower == "were" || toks_[pv].lower == "be" ||
                                   toks_[pv].lower == "been" || toks_[pv].lower == "being"))
        continue;
    }
    // --- Subject on the left.
    Guess g;
    int subj_b = k;
    bool left = false;
    bool progressive = false;
    if (cw->gerund) {
      // "is calling X": a progressive is a finite verb.
      int pv = k - 1;
      while (pv >= sb && IsSkippableWord(toks_[pv]) && toks_[pv].lower != "is" &&
             toks_[pv].lower != "are" && toks_[pv].lower != "was" && toks_[pv].lower != "were" &&
             toks_[pv].lower != "been")
        --pv;
      progressive = pv >= sb && (toks_[pv].lower == "is" || toks_[pv].lower == "are" ||
                                 toks_[pv].lower == "was" || toks_[pv].lower == "were" ||
                                 toks_[pv].lower == "been" ||
                                 (toks_[pv].lower.size() > 2 &&
                                  (toks_[pv].lower.compare(toks_[pv].lower.size() - 2, 2, "'s") == 0 ||
                                   toks_[pv].lower.compare(toks_[pv].lower.size() - 3, 3, "'re") == 0)));
      if (progressive && pv >= sb && toks_[pv].lower.find('\'') != std::string::npos) {
        left = LeftSubject(sb, pv + 1, &g, &subj_b);
      } else
      if (progressive) {
        left = LeftSubject(sb, pv, &g, &subj_b) || LeftSubject(sb, k, &g, &subj_b);
      } else if (!(k > sb && (IsPunct(toks_[k - 1], ',') || toks_[k - 1].lower == "by" ||
                              toks_[k - 1].lower == "and" || toks_[k - 1].lower == "while" ||
                              toks_[k - 1].lower == "after" || toks_[k - 1].lower == "before")) ||
                 (k > sb + 1 && toks_[k - 1].lower != "," && toks_[k - 2].lower == "the")) {
        // "..., saying CLAUSE": the speaker of the sentence's main clause; also
        // "issued a statement calling ...".
        if (!(k > sb && toks_[k - 1].cue && toks_[k - 1].cue->noun && !toks_[k - 1].cue->verb)) continue;
      }
    } else {
      left = LeftSubject(sb, k, &g, &subj_b);
    }
    // A third-person -s form after a plural subject is a noun, not the subject's verb:
    // "no Republicans shows" (the subject is further left), "early primary states, ...".
    const bool s_form = n == 1 && !cw->past && !cw->gerund && toks_[k].lower != cw->lemma &&
                        toks_[k].lower.back() == 's';
    // (A capitalised word ending in -s is no plural: "Sanders says"; nor an
    // organisation: "the Centers for Disease Control estimates".)
    if (s_form && left && !g.pron && g.type != SpeakerType::kOrganization && g.e > g.b) {
      const Tok& head = toks_[g.e - 1];
      const bool group_word = head.name && *head.name == NameWord::kGroup;
      // (A name with "and" may be one organisation: "Centers for Disease Control and Prevention".)
      const bool coordinated_name = g.kind == Guess::kName && g.name.find(" and ") != std::string::npos;
      if ((g.type == SpeakerType::kGroup && !coordinated_name) || (g.plural && (!head.cap || group_word)))
        continue;
    }
    // ... and one after a lower-case word, before a comma: "in early primary states, ...",
    // "terrorist attacks, ..." (but "Rubio says, win or lose, ...", "he says, however, ...").
    if (s_form && k > sb && k + 2 < se && IsPunct(toks_[k + 1], ',') && toks_[k + 2].kind == Tok::kWord &&
        toks_[k - 1].kind == Tok::kWord && !toks_[k - 1].cap && !toks_[k - 1].pron &&
        !IsSkippableWord(toks_[k - 1]))
      continue;
    // A person "shows" a reaction, not a finding: "Kiprono showed no reaction", "she
    // showed signs of strain" ("data show", "the poll showed", "he showed that" report).
    // (A name without a given name or role may be a pollster's, "Gallup showed his ratings
    // falling", "Rasmussen Reports shows": only before what people show.)
    static const WordSet kShown = {"no", "little", "sign", "signs", "flashes", "glimpses", "interest", "restraint"};
    if (n == 1 && cw->lemma == "show" && left && k + 1 < se && toks_[k + 1].lower != "that" &&
        ((g.type == SpeakerType::kPerson && (g.given || !g.roles.empty())) ||
         (g.kind == Guess::kName && g.type != SpeakerType::kOrganization && kShown.count(toks_[k + 1].lower)) ||
         (g.kind == Guess::kPronoun && g.pron && g.pron->kind == PronounInfo::kPersonal && !g.plural &&
          toks_[subj_b].lower != "it")))
      continue;
    // "posted growth of just 1.3%", "posted a video": what is posted is reported only as a
    // that-clause or a quotation ("wrote on Facebook"/"posted on X that ...").
    if (n == 1 && cw->lemma == "post") {
      bool clause = false;
      for (int x = k + 1; x < se && x < k + 8 && !clause; ++x)
        clause = toks_[x].lower == "that" || toks_[x].kind == Tok::kQuote || IsPunct(toks_[x], ':');
      if (!clause) continue;
    }
    // A free relative ("what Berg called "the biggest game"", "what Republicans say is a
    // pattern"): only a quotation after the verb is reported; the words after it are
    // otherwise the main clause's.
    if (left && subj_b > sb && toks_[subj_b - 1].lower == "what") {
      bool quoted = false;  // (within three words: what he calls the "Washington cartel")
      for (int x = k + n; x < se && x < k + n + 4 && !quoted && toks_[x].kind != Tok::kPunct; ++x)
        quoted = toks_[x].kind == Tok::kQuote;
      if (!quoted) continue;
    }
    int after = k + n;
    // Skip a cue phrase continuation ("in a statement"), time words, addressee.
    int m = after;
    std::optional<std::string> addressee;
    // Find "that" within the next few tokens (more after "told": an addressee can be
    // long, "told a town hall in Salem, New Hampshire on Monday that ...").
    int that = -1, next_cue = -1;
    const int that_window = AddresseeCues().count(cw->lemma) ? 14 : 8;
    for (int t = m; t < std::min(se, m + that_window); ++t) {
      if (toks_[t].region >= 0 || IsPunct(toks_[t], '.') || IsPunct(toks_[t], ';')) break;
      // "called for X, saying that ...": the "that" of the next attribution.
      if (IsPunct(toks_[t], ',') && t + 1 < se && toks_[t + 1].cue && toks_[t + 1].region < 0) {
        next_cue = t + 1;
        break;
      }
      // "that" ending the clause ("could change that") is a pronoun, not a complementiser.
      if (toks_[t].lower == "that" && t + 1 < se &&
          (toks_[t + 1].kind != Tok::kPunct || IsPunct(toks_[t + 1], ','))) {
        that = t;
        break;
      }
    }
    // "She said cities that had planted trees had cut deaths": after a verb without an
    // addressee, a "that" behind plain words (no setting: "said on Monday that", "said in
    // a statement that") opens a relative clause inside the reported one.
    // (An adverb or a noun that takes a that-clause keeps it: "noted repeatedly that",
    // "suggest however that", "expressed concern that", "repeated accusations that".)
    if (that > m && !AddresseeCues().count(cw->lemma)) {
      static const WordSet kThatNouns = {
          "concern",   "concerns",   "claim",      "claims",   "accusation", "accusations", "agreement",
          "fear",      "fears",      "hope",       "hopes",    "belief",     "view",        "warning",
          "warnings",  "argument",   "assurance",  "assurances", "evidence", "notion",      "idea",
          "suggestion", "allegation", "allegations", "charge", "charges",    "fact",        "disappointment",
          "implication", "confidence", "doubt",    "doubts",   "worry",      "worries",     "frustration",
          "insistence", "assertion", "contention", "theory",   "promise",    "pledge",      "opinion",
          "sense",     "conviction", "alarm",      "skepticism", "scepticism", "regret",    "satisfaction",
          "outrage",   "hint",       "hints",      "call",     "calls",      "report",      "reports",
          "news",      "word",       "indication", "indications", "sign",    "signs",       "message"};
      static const WordSet kAdverbs = {"however", "also", "again", "instead", "still", "too", "then", "now", "only"};
      bool setting = false;
      for (int x = m; x < that && !setting; ++x) {
        std::string_view w = toks_[x].lower;
        setting = toks_[x].kind != Tok::kWord || (toks_[x].fw & (kFwPreposition | kFwTime | kFwDay | kFwTimeStart)) ||
                  toks_[x].cap || kThatNouns.count(w) || kAdverbs.count(w) ||
                  (w.size() > 4 && w.substr(w.size() - 2) == "ly");
      }
      if (!setting) that = -1;
    }
    if (that >= 0) {
      if (AddresseeCues().count(cw->lemma) && that > m) addressee = std::string(TokText(m, that));
      // "said that was not her view": "that" right before a finite verb is the
      // clause's subject, not a complementiser.
      static const WordSet kFinite = {"is", "was", "were", "are", "has", "had", "will", "would", "could",
                                      "can", "may", "might", "should", "must", "does", "did", "seems"};
      bool subject = that + 1 < se && toks_[that + 1].kind == Tok::kWord && kFinite.count(toks_[that + 1].lower);
      m = subject ? that : that + 1;
    } else if (n == 1 && AddresseeCues().count(cw->lemma) && m < se && toks_[m].kind == Tok::kWord &&
               // What "promised" takes first is the promise ("promised 120 million
               // zlotys", "promised new money", "promised to build") unless a pronoun or
               // a name ("promised voters" is rare beside "promised them").
               (cw->lemma != "promise" || toks_[m].pron || toks_[m].cap)) {
      // told reporters / told the Globe / told him ...: an object before the clause.
      // The first word after an optional determiner is the head even in lower case
      // ("told the organisation they ..."); more capitalised words may follow.
      int t = m;
      if ((toks_[t].fw & kFwDeterminer)) ++t;
      const int head = t;
      while (t < se && toks_[t].kind == Tok::kWord && (toks_[t].cap || t == head) && t - m < 4) ++t;
      if (t == m) ++t;
      // "told a Planned Parenthood gathering in Washington she will ...": the addressee
      // runs on to a subject pronoun that opens the reported clause.
      if (int x = ClauseSubjectAhead(t, t + 8, se); x >= 0) t = x;
      // "..., commission chairwoman Jean Mensa told a news conference in Accra.": a noun
      // phrase (with a place) running to the sentence end is all addressee; the reported
      // clause is the one before the attribution.
      if (cw->lemma == "tell") {
        int x = t;
        while (x < se && x - m < 10 && toks_[x].kind == Tok::kWord && !toks_[x].pron && !toks_[x].cue &&
               !FiniteAuxiliaries().count(toks_[x].lower) && toks_[x].lower != "that" && toks_[x].lower != "to" &&
               toks_[x].lower != "not")
          ++x;
        if (x > t && (x == se || (x + 1 == se && toks_[x].kind == Tok::kPunct))) t = x;
      }
      addressee = std::string(TokText(m, t));
      m = t;
    }
    // Skip "on Monday", "in a statement", "Friday" and commas before the clause.
    bool in_setting = false;  // the skip stopped inside "at a meeting", "in the capital"
    if (m < se && (toks_[m].fw & kFwTimeStart)) {
      const int m0 = m;
      while (m < se && (IsPunct(toks_[m], ',') ||
                        ((toks_[m].fw & kFwTime) && m + 1 < se &&
                         ((toks_[m + 1].fw & kFwTime) || IsPunct(toks_[m + 1], ','))))) {
        ++m;
      }
      // "reported last month Cameron had ...": the noun closing the time phrase too.
      static const WordSet kTimeNoun = {"week", "month", "year", "night", "morning", "afternoon",
                                        "evening", "weekend", "summer", "winter", "spring", "fall"};
      if (m > m0 && m + 1 < se && kTimeNoun.count(toks_[m].lower) &&
          (toks_[m - 1].lower == "last" || toks_[m - 1].lower == "this" || toks_[m - 1].lower == "next"))
        ++m;
      in_setting = m < se && (toks_[m0].fw & kFwPreposition) &&
                   ((m == m0 + 1 && (toks_[m].fw & kFwDeterminer)) ||
                    (m == m0 + 2 && (toks_[m0 + 1].fw & kFwDeterminer))) &&
                   ClauseSubjectAhead(m, m + 8, se) < 0;
    }
    while (m < se && IsPunct(toks_[m], ',')) ++m;
    while (m < se && (toks_[m].lower == "monday" || toks_[m].lower == "tuesday" ||
                      toks_[m].lower == "wednesday" || toks_[m].lower == "thursday" ||
                      toks_[m].lower == "friday" || toks_[m].lower == "saturday" ||
                      toks_[m].lower == "sunday" || toks_[m].lower == "today" ||
                      toks_[m].lower == "yesterday"))
      ++m;
    if (m < se && IsPunct(toks_[m], ':')) ++m;
    // "said after the convention he would ...": a short setting phrase before the clause
    // when a subject pronoun follows it.
    if (that < 0 && m < se && (toks_[m].fw & kFwPreposition) && toks_[m].region < 0) {
      static const WordSet kSetting = {"after", "before", "during", "following", "at", "in", "on", "since"};
      if (kSetting.count(toks_[m].lower))
        if (int x = ClauseSubjectAhead(m + 2, m + 7, se); x >= 0) m = x;
    }
    int ce = content_end(m);
    // Object cues (described X as Y, called X Y) take a noun phrase: a time clause
    // after it belongs to the attribution ("... as a fraud during the debate").
    if (that < 0 && n == 1 && ObjectCues().count(cw->lemma)) {
      static const WordSet kTimeClause = {"during", "when", "while", "after", "before", "since"};
      for (int x = m + 3; x < ce; ++x)
        if (toks_[x].region < 0 && kTimeClause.count(toks_[x].lower)) {
          ce = x;
          while (ce > m && toks_[ce - 1].kind == Tok::kPunct && !IsPunct(toks_[ce - 1], ')')) --ce;
          break;
        }
    }
    Record r;
    bool right_clause = ce - m >= 3 && toks_[m].kind != Tok::kPunct;
    // "..., the minister said at a meeting on Wednesday.": a short setting is no clause.
    if (in_setting && that < 0 && ce - m <= 8) right_clause = false;
    // "..., the department estimated, roughly two-thirds of ...": a comma right after the
    // verb ends its attribution; what follows is no complement.
    if (that < 0 && k + n < se && IsPunct(toks_[k + n], ',') && n == 1) right_clause = false;
    // The same after a time or an addressee: "CLAUSE, government data showed on
    // Wednesday, helped by ...", "..., officials told reporters on Monday, as ...".
    // (Only after a clause: not "The Post reported on Monday, based on ..., CLAUSE" nor
    // "as The Times reported on Saturday, CLAUSE".)
    if (that < 0 && n == 1 && right_clause && left && subj_b > sb + 2 && IsPunct(toks_[subj_b - 1], ',') &&
        m - 1 > k + 1 && IsPunct(toks_[m - 1], ',')) {
      bool setting = true;  // only time words before that comma (not "asked X, the moderator, to")
      for (int x = k + 1; x < m - 1 && setting; ++x)
        setting = toks_[x].kind == Tok::kWord && ((toks_[x].fw & (kFwTime | kFwDay | kFwTimeStart)) ||
                                                 (toks_[x].lower[0] >= '0' && toks_[x].lower[0] <= '9'));
      if (setting) right_clause = false;
    }
    // Object cues and weak cues need "that" or a clear clause.
    if (right_clause && !strong && that < 0 && !(m < se && toks_[m].lower == "to")) {
      // Intent cues with an object and an infinitive: urged voters to ...
      bool to = false;
      for (int t2 = m; t2 < std::min(ce, m + 6); ++t2)
        if (toks_[t2].lower == "to") to = true;
      right_clause = to && cw->cls == CueClass::kIntent;
    }
    // A quotation in the object makes any cue an attribution: called him a “con artist”.
    bool object_quote = false;
    for (int t2 = m; t2 < ce; ++t2)
      if (toks_[t2].region >= 0) object_quote = true;
    if (!right_clause && object_quote && ce - m >= 1 && toks_[m].kind != Tok::kPunct) right_clause = true;
    // Figurative object cues report a characterisation only with "as"/"to" or a
    // quotation: "painted him as a liar", not "paints both systems in a harsh light".
    if (right_clause && n == 1 && that < 0 && !object_quote &&
        (cw->lemma == "paint" || cw->lemma == "portray" || cw->lemma == "frame" || cw->lemma == "cast" ||
         cw->lemma == "liken" || cw->lemma == "compare" || cw->lemma == "characterize" ||
         cw->lemma == "characterise")) {
      bool as = false;
      for (int t2 = m; t2 < std::min(ce, m + 8) && !as; ++t2) as = toks_[t2].lower == "as" || toks_[t2].lower == "to";
      if (!as) right_clause = false;
    }
    if (right_clause && n == 1 && cw->lemma == "call" && that < 0 && !object_quote &&
        !(m < se && (toks_[m].lower == "for" || toks_[m].lower == "on")))
      right_clause = false;
    // "called the charges unsubstantiated", "called her vote a mistake", "called Oz a
    // quack": an object and what the subject calls it is a characterisation (not "called
    // a meeting", "called the police to report", "called him on Friday").
    if (!right_clause && n == 1 && cw->lemma == "call" && that < 0 && m < ce && toks_[m].region < 0) {
      const Tok& o = toks_[m];
      // (a pronoun object, a name, or a determiner opening a noun phrase)
      const bool object = (o.pron && (o.lower == "him" || o.lower == "her" || o.lower == "it" || o.lower == "them" ||
                                      o.lower == "us" || o.lower == "me")) ||
                          (o.cap && o.kind == Tok::kWord && !(o.fw & (kFwTime | kFwDay))) ||
                          o.lower == "the" || o.lower == "his" || o.lower == "their" || o.lower == "its" ||
                          o.lower == "this" || o.lower == "that" || o.lower == "these";
      if (object) {
        for (int x = m + 1; x < ce && x - m <= 10; ++x) {
          const Tok& c = toks_[x];
          if (c.kind != Tok::kWord || c.region >= 0 || c.lower == "to" || (c.fw & kFwDay) ||
              (c.cue && c.cue->verb && c.cue->past))
            break;
          const bool article = (c.lower == "a" || c.lower == "an") && x + 1 < ce;
          const bool end = x + 1 >= ce || IsPunct(toks_[x + 1], ',') || toks_[x + 1].lower == "and";
          const bool adjective = !c.cap && (LooksAdjective(c.lower) ||
                                            (c.lower.size() > 5 && c.lower.substr(c.lower.size() - 2) == "ed")) &&
                                 end;
          if ((article || adjective) && !(o.lower == "it" && x == m + 1 && x + 1 < ce && toks_[x + 1].lower == "day")) {
            right_clause = true;  // ("called it a day" is an idiom)
            break;
          }
          if (c.fw & (kFwPreposition | kFwSkippable)) {
            if (c.lower != "of" && c.lower != "in") break;  // ("her vote in favor of the war")
          }
        }
      }
    }
    if (!right_clause && !strong && object_quote) right_clause = ce - m >= 1;
    // "continued, saying that ...": the next cue carries the reported words.
    if (next_cue >= 0 && m >= next_cue) right_clause = false;
    // "said about 20 people ...": a bound word before a number, not the topic.
    bool bound = m + 1 < se && toks_[m + 1].kind == Tok::kWord && toks_[m + 1].lower[0] >= '0' &&
                 toks_[m + 1].lower[0] <= '9' &&
                 (toks_[m].lower == "about" || toks_[m].lower == "around" || toks_[m].lower == "over" ||
                  toks_[m].lower == "under" || toks_[m].lower == "nearly");
    // ("Sony, which reports on Feb. 14, was flat": "on" and a date is when, not what)
    if (right_clause && that < 0 && m + 1 < se && toks_[m].lower == "on" &&
        ((toks_[m + 1].fw & kFwDay) || IsMonthWord(toks_[m + 1].lower)))
      right_clause = false;
    if (right_clause && that < 0 && m < se && (toks_[m].fw & kFwPreposition) &&
        toks_[m].lower != "to" && toks_[m].lower != "for" && toks_[m].lower != "on" &&
        toks_[m].lower != "if" && toks_[m].lower != "whether" && !bound)
      right_clause = false;
    if (cw->gerund && !progressive) {
      if (!right_clause) continue;
      bool same_sentence = last_attr_record_ >= 0 && records_[last_attr_record_].paragraph == para_ &&
                           records_[last_attr_record_].extent.end > toks_[sb].b;
      if (!same_sentence) {
        // The subject opening the sentence: "Clinton spoke out Tuesday, arguing that ...".
        Guess sg;
        int i = sb;
        if (!SentenceSubject(sb, k, &sg, &i)) continue;
        if (!make_content(m, ce, &r, cw)) continue;
        r.cue = TokSpan(k, k + n);
        r.cue_text = std::string(TokText(k, k + n));
        Resolve(sg, toks_[i].b, &r);
        r.confidence *= 0.85;
        for (int u = k; u < ce; ++u) tok_used_[u] = 1;
        AddRecord(r);
        k = ce - 1;
        continue;
      }
      if (!make_content(m, ce, &r, cw)) continue;
      Continue(records_[last_attr_record_], 0.7, &r);
      r.cue = TokSpan(k, k + n);
      r.cue_text = std::string(TokText(k, k + n));
      for (int u = k; u < ce; ++u) tok_used_[u] = 1;
      AddRecord(r);
      continue;
    }
    // "When Clinton noted that X, he interrupted her": in a clause opened by a
    // subordinator the reported words end at the comma before the main clause.
    if (left && right_clause && subj_b == sb + 1) {
      static const WordSet kSubordinator = {"when", "after", "as", "because", "although", "though", "if",
                                            "while", "since", "before", "once", "until", "whenever"};
      if (kSubordinator.count(toks_[sb].lower)) {
        int c = ce - 1;
        while (c > m && !(IsPunct(toks_[c], ',') && toks_[c].region < 0)) --c;
        if (c > m + 1) ce = c;
      }
    }
    // (Content that is no clause, "on Facebook late on Monday", leaves the trailing
    // reading: "CLAUSE, X wrote on Facebook late on Monday.")
    if (left && right_clause && !make_content(m, ce, &r, cw)) {
      if (!cw->past) continue;
      right_clause = false;
      r = Record();
    }
    if (left && right_clause) {
      r.cue = TokSpan(k, k + n);
      r.cue_text = std::string(TokText(k, k + n));
      r.addressee = addressee;
      Resolve(g, toks_[k].b, &r);
      if (!strong) r.confidence *= 0.8;
      r.confidence *= 0.95;
      for (int u = subj_b; u < ce; ++u) tok_used_[u] = 1;
      AddRecord(r);
      k = ce - 1;
      continue;
    }
    // --- Coordinated verb: "Officials announced an arrest and said a curfew would
    // continue", "His aides declined to comment but noted that ...". The subject is the
    // sentence's (or that of an attribution earlier in the sentence).
    if (!left && right_clause && strong && k > sb) {
      int c = k - 1;
      while (c > sb && IsSkippableWord(toks_[c])) --c;
      if (c > sb && toks_[c].region < 0 && (toks_[c].lower == "and" || toks_[c].lower == "but")) {
        bool same_sentence = last_attr_record_ >= 0 && records_[last_attr_record_].paragraph == para_ &&
                             records_[last_attr_record_].extent.end > toks_[sb].b &&
                             records_[last_attr_record_].extent.start >= toks_[sb].b;
        Guess sg;
        int i = sb;
        if (same_sentence || SentenceSubject(sb, c, &sg, &i)) {
          if (!make_content(m, ce, &r, cw)) continue;
          r.cue = TokSpan(k, k + n);
          r.cue_text = std::string(TokText(k, k + n));
          r.addressee = addressee;
          if (same_sentence) {
            Continue(records_[last_attr_record_], 0.7, &r);
          } else {
            Resolve(sg, toks_[i].b, &r);
            r.confidence *= 0.85;
          }
          for (int u = k; u < ce; ++u) tok_used_[u] = 1;
          AddRecord(r);
          k = ce - 1;
          continue;
        }
      }
    }
    // --- Trailing: "CLAUSE, X said." / "CLAUSE, said X."
    if (!strong) continue;
    int tail = k + n;
    Guess rg;
    int rend = tail;
    bool inverted = false;
    if (!left) {
      if (!(k > sb && IsPunct(toks_[k - 1], ','))) continue;
      if (!RightSpeaker(tail, se, &rg, &rend)) continue;
      // "The study, which documents ..., paints both systems in a harsh light": after
      // the verb stands its object, not a speaker. An inverted speaker is a name, a
      // pronoun or a role noun ("said the spokesman", "said officials").
      if (rg.kind == Guess::kRole && rg.roles.empty() && !rg.group && !rg.report_noun && rg.inner_org.empty())
        continue;
      inverted = true;
      subj_b = k;
      g = rg;
      tail = rend;
    }
    // Nothing substantial may follow except time words / "in a statement".
    int t = tail;
    while (t < se && ((toks_[t].fw & kFwTime) || toks_[t].kind == Tok::kPunct ||
                      (t + 1 < se && (toks_[t + 1].fw & kFwTime) && toks_[t].kind == Tok::kWord &&
                       !toks_[t].cap && t - tail < 4)))
      ++t;
    // ... a setting ("in a statement", "on Twitter", "to reporters"), a comma that
    // carries the clause on, or a quotation. A word else is the verb's object or
    // complement ("..., ruled Cruz eligible and ordered ...", "the facts reported by").
    {
      int w = tail;
      // (told reporters, told a Senate panel, told The Washington Post)
      if (!inverted && AddresseeCues().count(cw->lemma)) {
        while (w < se && toks_[w].kind == Tok::kWord && w - tail < 4 && (toks_[w].cap || (toks_[w].fw & kFwDeterminer)))
          ++w;
        if (w < se && toks_[w].kind == Tok::kWord && !toks_[w].cap && !toks_[w].cue &&
            !(toks_[w].fw & (kFwPreposition | kFwTime | kFwSkippable | kFwBoundary)))
          ++w;
        // (told a news conference in Accra: a second noun, and a place)
        if (cw->lemma == "tell") {
          if (w < se && toks_[w].kind == Tok::kWord && !toks_[w].cap && !toks_[w].cue && !toks_[w].fw) ++w;
          if (w + 1 < se && (toks_[w].lower == "in" || toks_[w].lower == "at") && toks_[w + 1].cap) {
            w += 2;
            while (w < se && toks_[w].kind == Tok::kWord && toks_[w].cap) ++w;
          }
        }
      }
      if (w < se && toks_[w].kind == Tok::kWord && !toks_[w].cap && !toks_[w].cue &&
          !(toks_[w].fw & (kFwPreposition | kFwTime | kFwSkippable)))
        continue;
      // "the facts reported by the government": a participle with its agent.
      if (!inverted && w == k + n && w < se && toks_[w].lower == "by" && cw->past) continue;
    }
    // The clause before the subject, ending in a comma.
    int cb = sb, cend = subj_b;
    if (cend - 1 >= sb && IsPunct(toks_[cend - 1], ',')) {
      // fine
    } else if (cend - 1 >= sb && toks_[cend - 1].kind == Tok::kQuote) {
      // handled by QuoteAttributions
    } else {
      continue;
    }
    // Start after the last attribution already found in this sentence.
    for (int u = cend - 1; u >= sb; --u)
      if (tok_used_[u]) {
        cb = u + 1;
        break;
      }
    if (!make_content(cb, cend, &r, cw)) continue;
    // "CLAUSE1, X said, CLAUSE2.": the content goes on after the attribution.
    // Not when a new attribution follows: "..., an official said, adding that ...".
    if (t < se - 2 && IsPunct(toks_[tail < se ? tail : se - 1], ',') && !toks_[t].cue) {
      int ce2 = content_end(t);
      if (ce2 - t >= 3) r.content.end = TokSpan(t, ce2).end;
    }
    r.cue = TokSpan(k, k + n);
    r.cue_text = std::string(TokText(k, k + n));
    Resolve(g, toks_[k].b, &r);
    r.confidence *= inverted ? 0.9 : 0.95;
    for (int u = cb; u < std::max(tail, k + n); ++u) tok_used_[u] = 1;
    AddRecord(r);
    k = std::max(tail, k + n) - 1;
  }
}

// "Reid has gone after Trump as a “con artist”", "admires Putin as a “strong
// leader”": a quoted term after VERB OBJECT as is the subject's characterisation
// of the object (mixed; the content runs from the object to the quotation's end).
// Passives ("is known as “...”") name no source and are left alone.
void DocExtractor::Characterisations() {
  for (size_t ri = 0; ri < regions_.size(); ++ri) {
    const QuoteRegion& R = regions_[ri];
    int qb = region_tb_[ri], qe = region_te_[ri];
    if (R.depth != 0 || region_used_[ri] || qb < 0 || !R.closed) continue;
    int ls = toks_[qb].ls;
    if (ls < 0) continue;
    int sb = sent_toks_[ls].first;
    int a = qb - 1;
    while (a > sb && a > qb - 3 && toks_[a].kind == Tok::kWord &&
           ((toks_[a].fw & kFwDeterminer) || toks_[a].lower == "being"))
      --a;
    if (a <= sb || toks_[a].lower != "as" || tok_used_[a]) continue;
    // The object: a pronoun, a name (with a title), or a determiner and up to three words.
    auto free_word = [&](int x) {
      return toks_[x].kind == Tok::kWord && toks_[x].region < 0 && !tok_used_[x] && !toks_[x].cue;
    };
    int ob = a;
    if (ob - 1 > sb && free_word(ob - 1) &&
        (toks_[ob - 1].lower == "him" || toks_[ob - 1].lower == "her" || toks_[ob - 1].lower == "them")) {
      --ob;
    } else {
      while (ob > sb && a - ob < 5 && free_word(ob - 1) && toks_[ob - 1].cap && !toks_[ob - 1].pron) --ob;
      if (ob == a) {
        // A determiner and up to three words: "all young black men".
        int d = ob;
        while (d > sb && a - d < 4 && free_word(d - 1) && !toks_[d - 1].cap &&
               !(toks_[d - 1].fw & (kFwPreposition | kFwDeterminer)) && !toks_[d - 1].pron)
          --d;
        if (d > sb && d < a && free_word(d - 1) && (toks_[d - 1].fw & kFwDeterminer)) ob = d - 1;
      }
    }
    if (ob == a || ob <= sb) continue;
    int v = ob - 1;
    // A particle after the verb: "gone after", "singled out".
    if (v > sb && (toks_[v].lower == "after" || toks_[v].lower == "out" || toks_[v].lower == "off")) --v;
    const Tok& vt = toks_[v];
    if (vt.kind != Tok::kWord || vt.cap || (vt.fw & (kFwDeterminer | kFwPreposition | kFwSkippable)) ||
        vt.pron || tok_used_[v])
      continue;
    std::string_view w = vt.lower;
    bool verbish = (w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing" ||
                                     w.back() == 's')) ||
                   w == "gone" || w == "called";
    if (!verbish && !vt.cue) continue;
    // Passive: "is known as", "was described as".
    if (v > sb && (toks_[v - 1].lower == "is" || toks_[v - 1].lower == "was" || toks_[v - 1].lower == "be" ||
                   toks_[v - 1].lower == "been" || toks_[v - 1].lower == "are" || toks_[v - 1].lower == "were") &&
        w.size() > 2 && w.substr(w.size() - 2) == "ed")
      continue;
    Guess g;
    int subj_b = v;
    if (!LeftSubject(sb, v, &g, &subj_b)) continue;
    Record r;
    r.type = "mixed";
    r.content = Span{toks_[ob].b, R.close + R.close_len};
    r.cue = TokSpan(v, ob);
    r.cue_text = std::string(TokText(v, ob));
    Resolve(g, toks_[v].b, &r);
    r.confidence *= 0.8;
    r.region = region_base_ + static_cast<int>(ri);
    r.extent = TokSpan(subj_b, qe);
    region_used_[ri] = true;
    for (int u = subj_b; u < qe; ++u) tok_used_[u] = 1;
    AddRecord(r);
  }
}

// Quotations still without a speaker: continuation of the last speaker, or scare quotes.
void DocExtractor::Leftovers(int p) {
  for (size_t ri = 0; ri < regions_.size(); ++ri) {
    const QuoteRegion& R = regions_[ri];
    if (R.depth != 0 || region_used_[ri]) continue;
    int words = 0, qb = region_tb_[ri];
    if (qb < 0) continue;
    for (int i = qb; i < region_te_[ri]; ++i) words += toks_[i].kind == Tok::kWord;
    // Sentence-like: starts the sentence (or the paragraph) and holds a few words.
    int s = toks_[qb].ls;
    bool starts_sentence = s >= 0 && qb == sent_toks_[s].first;
    // A short quoted sentence right after an attributed quotation of the same paragraph
    // ("I know it.") is speech too: it ends in . ? or ! inside the marks.
    bool short_sentence = false;
    if (starts_sentence && words >= 1 && words < opts_.min_scare_words && last_attr_record_ >= 0 &&
        records_[last_attr_record_].paragraph == p && R.closed) {
      int lastq = region_te_[ri] - 2;
      short_sentence = lastq >= qb && (IsPunct(toks_[lastq], '.') || IsPunct(toks_[lastq], '?') ||
                                       IsPunct(toks_[lastq], '!'));
    }
    if ((words < opts_.min_scare_words && !short_sentence) || !starts_sentence) continue;  // scare quote
    // A short quotation in title case is a title (“All Bets Are Off”), not speech.
    // (Its first word is capitalised anyway: "This is not the end." is no title.)
    if (words <= 8) {
      int fw = qb;
      while (fw < region_te_[ri] && toks_[fw].kind != Tok::kWord) ++fw;
      if (TitleCase(fw + 1, region_te_[ri])) continue;
    }
    Record r;
    r.type = "direct";
    r.content = R.Inner();
    r.region = region_base_ + static_cast<int>(ri);
    r.extent = R.Outer();
    int from = last_attr_record_;
    // "Critics say the target was unrealistic." between an interviewee's quotations:
    // an unnamed group's indirect claim does not speak the next quotation; the last
    // quoted speaker, one paragraph further back, does.
    if (from >= 0 && records_[from].type == "indirect" && records_[from].entity < 0 &&
        records_[from].spk_type == SpeakerType::kGroup && last_quotation_record_ >= 0 &&
        p - records_[last_quotation_record_].paragraph <= opts_.continuation_paragraphs + 1)
      from = last_quotation_record_;
    bool recent = from >= 0 && p - records_[from].paragraph <=
                                   opts_.continuation_paragraphs + (from == last_attr_record_ ? 0 : 1);
    // A quotation opening the paragraph after one whose first sentence opens with an
    // earlier speaker ("Viguerie is upbeat about Cruz's chances ..." then “Not only can
    // Cruz win ...”): that speaker goes on.
    // (The quotation is its whole sentence: not “...,” reads an editorial.)
    int opener = -1;
    if (!recent && qb == 0 && opener_para_ == p - 1) {
      bool whole = true;
      for (int x = region_te_[ri]; x < sent_toks_[s].second && whole; ++x) whole = toks_[x].kind != Tok::kWord;
      const int e = whole ? table_.Find(View(opener_name_)) : -1;
      if (e >= 0 && table_.HasSpoken(e) && table_.profile(e).type == SpeakerType::kPerson) opener = e;
    }
    if (recent) {
      Continue(records_[from], records_[from].paragraph == p ? 0.8 : 0.7, &r);
    } else if (opener >= 0) {
      r.entity = opener;
      r.resolution = "continuation";
      r.confidence = 0.5;
      r.spk_type = SpeakerType::kPerson;
    } else {
      r.resolution = "none";
      r.confidence = 0.35;
    }
    region_used_[ri] = true;
    AddRecord(r);
  }
}

// "Amnesty International: Cambodia's war on drugs an 'unmitigated disaster'"
bool DocExtractor::Headline(int p) {
  Role role = a_.structure.paragraphs[p].role;
  if (role != Role::kHeadline && role != Role::kStandfirst) return false;
  // "Said Ellis: ..." is an inverted attribution, not "Speaker: words".
  if (!toks_.empty() && toks_[0].cue && toks_[0].cue->verb) return false;
  // The reverse: "'We cannot build our way out of this': Housing minister on the rent
  // crisis", "“We will not give up”: Zelensky vows to fight on". The quotation opens the
  // headline and a colon follows it; the speaker is the noun phrase after the colon, up to
  // "on", a verb or a comma.
  if (const int n = static_cast<int>(toks_.size()); n > 3 && toks_[0].kind == Tok::kQuote && toks_[0].region >= 0) {
    const int ri = toks_[0].region;
    int c = 0;
    while (c < n && toks_[c].region == ri) ++c;
    if (c + 1 < n && IsPunct(toks_[c], ':') && regions_[ri].closed) {
      int e = c + 1;
      while (e < n && e - c <= 6 && toks_[e].kind == Tok::kWord && toks_[e].lower != "on" &&
             toks_[e].lower != "about" && !(toks_[e].cue && toks_[e].cue->verb && !toks_[e].cap) &&
             !(e > c + 1 && !toks_[e].cap && !toks_[e].role && !(toks_[e].fw & kFwDeterminer) &&
               toks_[e].lower != "of" && !toks_[e].possessive && !toks_[e - 1].possessive))
        ++e;
      Guess g = e > c + 1 ? Interpret(c + 1, e) : Guess{};
      if (g.kind == Guess::kName || (g.kind == Guess::kRole && !g.roles.empty())) {
        Record r;
        r.type = "direct";
        r.content = regions_[ri].Inner();
        r.cue_text = ":";
        r.cue = TokSpan(c, c + 1);
        r.region = region_base_ + ri;
        region_used_[ri] = true;
        Resolve(g, toks_[c + 1].b, &r);
        r.resolution = "headline";
        r.confidence = 0.7;
        AddRecord(r);
        for (int i = 0; i < e; ++i) tok_used_[i] = 1;
        return true;
      }
    }
  }
  int colon = -1;
  for (int i = 0; i < static_cast<int>(toks_.size()) && i < 8; ++i) {
    if (toks_[i].region >= 0) break;
    if (IsPunct(toks_[i], ':')) {
      colon = i;
      break;
    }
  }
  if (colon <= 0 || colon + 2 >= static_cast<int>(toks_.size())) return false;
  for (int i = 0; i < colon; ++i)
    if (toks_[i].kind == Tok::kWord && !toks_[i].cap && !(toks_[i].lower == "of" || toks_[i].lower == "for" ||
                                                           toks_[i].lower == "the" || toks_[i].lower == "and") &&
        !(toks_[i].role && toks_[i].role->kind == TitleWord::kRole))
      return false;
  Guess g = Interpret(0, colon);
  // Editorial labels ("The Latest:", "Update:") are not sources.
  bool label = true;
  for (int i = 0; i < colon; ++i) label = label && toks_[i].name && *toks_[i].name == NameWord::kNotPerson;
  // ... nor one ending in such a word: "Delegate Update:", "Morning Email:", "News Guide:".
  // (A report noun is a source: "AP-GfK Poll: ...".)
  static const WordSet kFindings = {"poll", "survey", "study", "report", "census"};
  if (colon > 0 && toks_[colon - 1].name && *toks_[colon - 1].name == NameWord::kNotPerson &&
      !kFindings.count(toks_[colon - 1].lower))
    label = true;
  if (label) return false;
  if (g.kind != Guess::kName && colon <= 4 && toks_[0].cap && !toks_[0].pron) {
    // "Pence: ...", "Poll: ...": in a headline the words before the colon are the source.
    bool all_cap = true;
    for (int i = 0; i < colon; ++i) all_cap = all_cap && toks_[i].kind == Tok::kWord && toks_[i].cap;
    if (all_cap) {
      g.kind = Guess::kName;
      g.name = std::string(TokText(0, colon));
      g.b = 0;
      g.e = colon;
    }
  }
  if (g.kind != Guess::kName && !(g.kind == Guess::kRole && !g.roles.empty())) return false;
  Record r;
  r.cue_text = ":";
  r.cue = TokSpan(colon, colon + 1);
  int e = static_cast<int>(toks_.size());
  while (e > colon + 1 && toks_[e - 1].kind == Tok::kPunct && !IsPunct(toks_[e - 1], ')')) --e;
  std::vector<int> regs;
  for (int i = colon + 1; i < e; ++i)
    if (toks_[i].region >= 0 && (regs.empty() || regs.back() != toks_[i].region)) regs.push_back(toks_[i].region);
  r.clause = TokSpan(colon + 1, e);
  if (!regs.empty()) {
    const QuoteRegion& R = regions_[regs[0]];
    r.content = R.Inner();
    bool whole = toks_[colon + 1].region == regs[0] && R.Outer().end >= toks_[e - 1].e;
    r.type = whole ? "direct" : "partial";
    r.region = region_base_ + regs[0];
    for (int x : regs) region_used_[x] = true;
  } else {
    r.type = "indirect";
    r.content = TokSpan(colon + 1, e);
  }
  Resolve(g, toks_[0].b, &r);
  r.resolution = "headline";
  r.confidence = 0.75;
  AddRecord(r);
  for (int i = 0; i <= colon; ++i) tok_used_[i] = 1;
  return true;
}

// Interview transcripts: "PENCE: Well, look, ..." (the label in capitals, perhaps
// after an opening mark). The whole turn is the speaker's direct quote; cues inside
// it are reported speech within the quote, not new attributions.
bool DocExtractor::Transcript(int p) {
  Role role = a_.structure.paragraphs[p].role;
  if (role == Role::kHeadline || role == Role::kStandfirst) return false;
  int n = static_cast<int>(toks_.size());
  int b = 0;
  if (b < n && toks_[b].kind == Tok::kQuote) ++b;
  int e = b;
  while (e < n && e - b < 3 && toks_[e].kind == Tok::kWord && toks_[e].allcaps) ++e;
  // "Q:" and "A:" turns of a question-and-answer interview.
  const bool q = e == b && b + 1 < n && IsPunct(toks_[b + 1], ':') && toks_[b].lower == "q";
  const bool a = e == b && b + 1 < n && IsPunct(toks_[b + 1], ':') && toks_[b].lower == "a" &&
                 question_turn_seen_;
  if (q || a) e = b + 1;
  if (q) question_turn_seen_ = true;  // (even a short one: "Q: Why?")
  // "Okonkwo:", "Reporter:": a name the document knows, or a role, in ordinary case.
  bool known = false;
  if (e == b) {
    while (e < n && e - b < 3 && toks_[e].kind == Tok::kWord && toks_[e].cap && !toks_[e].possessive) ++e;
    if ((e == b || e >= n || !IsPunct(toks_[e], ':')) && AnswerGoesOn(p)) return true;
    if (e == b || e >= n || !IsPunct(toks_[e], ':')) return false;
    // A transcript: "Q:" turns, or some label opening two or more paragraphs.
    if (!question_turn_seen_ && !transcript_) return false;
    if (int ent = table_.Find(TokText(b, e)); ent >= 0 && table_.profile(ent).type != SpeakerType::kOrganization)
      known = true;
    else if (!(e == b + 1 && toks_[b].role && toks_[b].role->kind == TitleWord::kRole))
      return false;
  }
  if (e == b || e >= n || !IsPunct(toks_[e], ':')) return false;
  // Editorial labels (CLARIFICATION:, UPDATE:) are not speakers.
  if (!q && !a && e == b + 1 && toks_[b].name && *toks_[b].name == NameWord::kNotPerson) return false;
  int cb = e + 1, ce = n;
  // (A sign or bracket closing the turn stays: "fell by about 12%.")
  while (ce > cb && (toks_[ce - 1].kind == Tok::kQuote ||
                     (toks_[ce - 1].kind == Tok::kPunct && toks_[ce - 1].lower != "%" &&
                      !IsPunct(toks_[ce - 1], ')') && !IsPunct(toks_[ce - 1], ']'))))
    --ce;
  if (ce - cb < 4) return false;
  // Keep a closing mark of a quotation the turn ends with.
  Record r;
  r.type = "direct";
  r.content = TokSpan(cb, ce);
  r.cue = TokSpan(e, e + 1);
  r.cue_text = ":";
  Guess g;
  g.b = b;
  g.e = e;
  if (q) {
    // The interviewer: no name.
    question_turn_seen_ = true;
    r.mention = TokSpan(b, e);
    r.resolution = "none";
    r.confidence = 0.6;
  } else if (a) {
    last_answer_para_ = p;
    // The interviewee: the person the text is most about when the answers begin.
    if (interviewee_ < 0) interviewee_ = table_.MostSalientPerson(toks_[b].b);
    if (interviewee_ < 0) interviewee_ = table_.ResolvePronoun('-', false, toks_[b].b, false);
    r.mention = TokSpan(b, e);
    if (interviewee_ >= 0) {
      table_.Mention(interviewee_, toks_[b].b, true);
      r.entity = interviewee_;
      r.spk_type = table_.profile(interviewee_).type;
      r.resolution = "role_noun";
      r.confidence = 0.7;
    } else {
      r.resolution = "none";
      r.confidence = 0.5;
    }
  } else if (!known && toks_[b].role) {
    g = Interpret(b, e);
    Resolve(g, toks_[b].b, &r);
  } else {
    g.kind = Guess::kName;
    g.name = std::string(TokText(b, e));
    Resolve(g, toks_[b].b, &r);
    r.confidence = 0.8;
  }
  r.extent = TokSpan(b, n);
  for (size_t ri = 0; ri < regions_.size(); ++ri) region_used_[ri] = true;
  for (int u = 0; u < n; ++u) tok_used_[u] = 1;
  AddRecord(r);
  return true;
}

// A paragraph without a label right after an "A:" turn, in the first person and without
// quotation marks, goes on with the answer ("At any rate, back to your question, I'm
// going to get on thin ice. I said when I announced ..."): the interviewee's words,
// cues inside them included. (An editor's note after the last answer speaks of no "I".)
bool DocExtractor::AnswerGoesOn(int p) {
  if (last_answer_para_ < 0 || last_answer_para_ != p - 1 || interviewee_ < 0 || !regions_.empty()) return false;
  const int n = static_cast<int>(toks_.size());
  bool first_person = false;
  for (int x = 0; x < n && !first_person; ++x)
    first_person = toks_[x].kind == Tok::kWord && (toks_[x].lower == "i" || toks_[x].lower == "we" ||
                                                   toks_[x].lower == "my" || toks_[x].lower == "our" ||
                                                   toks_[x].lower == "i'm" || toks_[x].lower == "i\xE2\x80\x99m");
  int ce = n;
  while (ce > 0 && toks_[ce - 1].kind == Tok::kPunct && toks_[ce - 1].lower != "%" && !IsPunct(toks_[ce - 1], ')'))
    --ce;
  if (!first_person || ce < 4) return false;
  Record r;
  r.type = "direct";
  r.content = TokSpan(0, ce);
  r.extent = TokSpan(0, n);
  r.mention = Span{};
  table_.Mention(interviewee_, toks_[0].b, true);
  r.entity = interviewee_;
  r.spk_type = table_.profile(interviewee_).type;
  r.resolution = "continuation";
  r.confidence = 0.6;
  for (int u = 0; u < n; ++u) tok_used_[u] = 1;
  AddRecord(r);
  last_answer_para_ = p;
  return true;
}

// Pull quote paragraph p, with its name line in p + 1.
void DocExtractor::Pull(int p) {
  const auto& P = a_.structure.paragraphs;
  Record r;
  r.type = "pull";
  r.pull = true;
  Span content = P[p].view;
  // Without the surrounding marks.
  while (content.size() > 0 && (v_[content.start] == '"' || v_[content.start] == '\'')) ++content.start;
  while (content.size() > 0 && (v_[content.end - 1] == '"' || v_[content.end - 1] == '\'')) --content.end;
  r.content = content;
  r.extent = P[p].view;
  if (p + 1 < static_cast<int>(P.size()) && P[p + 1].role == Role::kPullQuoteAttribution) {
    int saved = para_;
    std::vector<Tok> saved_toks = toks_;
    std::vector<QuoteRegion> none;
    Tokenize(p + 1, none, {});
    // Drop a leading dash: "- Chin Malin, spokesman".
    int b = 0;
    while (b < static_cast<int>(toks_.size()) && toks_[b].kind == Tok::kPunct) ++b;
    Guess g = Interpret(b, static_cast<int>(toks_.size()));
    if (g.kind == Guess::kName) {
      Resolve(g, toks_[b].b, &r);
      r.resolution = "pull_quote";
      r.confidence = 0.85;
    }
    toks_ = std::move(saved_toks);
    para_ = saved;
  }
  AddRecord(r);
}

// Proper names in sentences without attributions become antecedents for pronouns.
void DocExtractor::RegisterNames(int sb, int se) {
  // A wire dateline ("KAMPONG CHAM, Cambodia — ") names a place, and the sentence's
  // subject comes after it.
  if (const Span dl = a_.structure.paragraphs[para_].dateline_view; dl.end > dl.start)
    while (sb < se && toks_[sb].e <= dl.end) ++sb;
  // A line in title case ("George Zimmerman Auctioning Off Gun Used To Kill ...") gives
  // no name boundaries; its names are registered where the body uses them.
  // (Tokenize keeps StrictTitleCase per sentence; RegisterNames gets whole sentences.)
  const bool title_case = sb < se && toks_[sb].ls >= 0 && static_cast<size_t>(toks_[sb].ls) < sent_toks_.size() &&
                                  sent_toks_[toks_[sb].ls] == std::make_pair(sb, se)
                              ? sent_strict_title_[toks_[sb].ls] != 0
                              : StrictTitleCase(sb, se);
  if (title_case && se - sb > 4) return;
  int i = sb;
  while (i < se) {
    const Tok& t = toks_[i];
    // (nor an auxiliary opening a question: "Has Warsaw helped?", "Did Smith know?")
    if (t.kind != Tok::kWord || !t.cap || t.region >= 0 || (i == sb && FiniteAuxiliaries().count(t.lower))) {
      ++i;
      continue;
    }
    int j = i;
    while (j < se && toks_[j].kind == Tok::kWord && toks_[j].region < 0 &&
           (toks_[j].cap ||
            ((toks_[j].lower == "of" || toks_[j].lower == "for") && j + 1 < se && toks_[j + 1].cap) ||
            (j > i && NameParticleAt(j, se)))) {
      if (j > i && EndsNameRun(toks_[j], title_case)) break;
      ++j;
      if (toks_[j - 1].possessive && !PossessiveInName(j - 1, se)) break;
    }
    // A connector left at the end ("HuffPollster for" before "Monday") is not part of it.
    while (j > i + 1 && (toks_[j - 1].lower == "of" || toks_[j - 1].lower == "for")) --j;
    int rb = i;
    while (rb < j) {
      const NameWord* nw = toks_[rb].name;
      if ((nw && *nw == NameWord::kNotPerson) || lex_.Prefix(TokText(rb, rb + 1)) ||
          toks_[rb].pron || toks_[rb].cue) {
        ++rb;
      } else {
        break;
      }
    }
    // A single capitalised word at the sentence start is usually not a name. Single
    // words elsewhere are kept only with a title before them or an apposition after
    // them (the antecedents pronouns need); the rest cost time and add noise.
    bool single = j - rb == 1;
    bool appos = j + 1 < se && IsPunct(toks_[j], ',');
    // "a 52-year-old resident named Caroline": a person, even with one name.
    bool named = rb == i && i > sb && toks_[i - 1].lower == "named";
    bool titled = rb > i || named;
    bool acronym_next = j + 2 < se && IsPunct(toks_[j], '(');
    // Six or more capitalised words without an organisation word are a heading run
    // into the text ("9:09PM Ted Cruz Hints Trump Would Get Border Wall Contract").
    // Titles inside the run ("U.S. District Judge Carlton W. Reeves") do not count.
    bool heading = false;
    if (j - rb >= 6) {
      int from = rb;
      for (int x = rb; x < j; ++x)
        if (lex_.Prefix(TokText(x, x + 1))) from = x + 1;
      heading = j - from >= 6;
      for (int x = from; x < j && heading; ++x)
        heading = !(toks_[x].name && (*toks_[x].name == NameWord::kOrg || *toks_[x].name == NameWord::kMedia)) &&
                  toks_[x].cap;
    }
    // A name opening the paragraph ("Viguerie is upbeat about ..."): the quotation
    // opening the next paragraph may be that person's (Leftovers).
    if (rb == sb && sb == 0 && rb < j) {
      opener_para_ = para_;
      opener_name_ = TokSpan(rb, j);
    }
    // A single word naming a person the document already knows ("Sanders was in San
    // Diego"): a mention pronouns can refer to.
    // (Looked up only where it decides: a run opening the sentence, or one without an
    // apposition or acronym after it.)
    bool known = false;
    if (single && !titled && (rb == sb || !(appos || acronym_next))) {
      const int kn = table_.Find(TokText(rb, j));
      known = kn >= 0 && table_.profile(kn).type == SpeakerType::kPerson;
      // Such a word alone, without apposition or acronym, is its own name: what the
      // general path below would do (Interpret gives the word, its "'s" dropped; Intern
      // finds kn again and adds the mention), without reading it twice. (Not a party
      // label, which Interpret turns down.)
      if (known && !appos && !acronym_next && !heading &&
          !(toks_[rb].name && *toks_[rb].name == NameWord::kLabel)) {
        std::string_view w = TokText(rb, j);
        if (toks_[rb].possessive) w.remove_suffix(2);
        table_.InternFound(w, kn, SpeakerType::kUnknown, '-', toks_[i].b, false);
        if (i == sb) table_.MarkLastMentionSubject();
        i = j;
        continue;
      }
    }
    if (rb < j && !heading && (!(single && rb == sb) || known) && (!single || appos || titled || acronym_next || known)) {
      // Not from a cue word or pronoun opening the run ("Said Ellis"); titles stay.
      int ib = i;
      while (ib < rb && (toks_[ib].cue || toks_[ib].pron)) ++ib;
      Guess g = Interpret(ib, j);
      // Apposition after a comma: "Naran, a middle-aged scavenger" makes it a person.
      if (j + 1 < se && IsPunct(toks_[j], ',')) {
        int n = j + 1;
        while (n < se && !IsPunct(toks_[n], ',') && !IsPunct(toks_[n], '.') && n - j < 12) ++n;
        // Not an apposition but the subject of the main clause after an opening phrase:
        // "At a town hall in New Hampshire, a young woman asked ..." (a verb before any
        // "who").
        bool clause = false;
        for (int x = j + 1; x < n && !clause; ++x) {
          if (toks_[x].lower == "who" || toks_[x].lower == "which") break;
          clause = toks_[x].cue && toks_[x].cue->verb && !toks_[x].cue->gerund && !toks_[x].cue->noun;
        }
        Guess ap;
        if (!clause) InterpretAppositive(j + 1, n, &ap);
        if (!ap.roles.empty() && g.kind == Guess::kName && g.type != SpeakerType::kOrganization) {
          g.type = SpeakerType::kPerson;
          if (g.gender == '-') g.gender = ap.gender;
          g.roles.insert(g.roles.end(), ap.roles.begin(), ap.roles.end());
        }
      }
      // A role noun right before it: "Provincial governor Un Chanda", "spokesman Agung
      // Pribadi" name a person (whom a later "he" may mean before the attribution is read).
      if (g.kind == Guess::kName && g.type != SpeakerType::kOrganization && g.roles.empty() && rb > sb && rb == ib &&
          toks_[rb - 1].kind == Tok::kWord && !toks_[rb - 1].cap && toks_[rb - 1].role &&
          toks_[rb - 1].role->kind == TitleWord::kRole) {
        g.type = SpeakerType::kPerson;
        if (g.gender == '-') g.gender = toks_[rb - 1].role->gender;
        // (two words when they make a role: "chief strategist John Weaver")
        std::string buf;
        std::string_view two = rb - 2 > sb && toks_[rb - 2].kind == Tok::kWord && !toks_[rb - 2].cap
                                   ? TwoWords(rb - 2, &buf)
                                   : std::string_view();
        const TitleWord* tw2 = two.empty() ? nullptr : lex_.Role(two);
        g.roles.emplace_back(tw2 && tw2->kind == TitleWord::kRole ? two : toks_[rb - 1].lower);
      }
      // A role noun phrase before it, as in "The administration's deputy director, Ouk
      // Vannak, rejected that": the same person (a comma after the name too; the role
      // noun right before the comma, so not "the mayor of Roanoke, Virginia,").
      if (rb > sb + 1 && IsPunct(toks_[rb - 1], ',') && j < se && IsPunct(toks_[j], ',') &&
          toks_[rb - 2].kind == Tok::kWord && !toks_[rb - 2].cap && toks_[rb - 2].role &&
          g.kind == Guess::kName && g.type != SpeakerType::kOrganization) {
        int hb = rb - 1;
        while (hb > sb && !Boundary(hb - 1) && rb - hb < 9) --hb;
        if (hb == sb || Boundary(hb - 1)) {
          Guess head;
          InterpretAppositive(hb, rb - 1, &head);
          bool verb = false;
          for (int x = hb; x < rb - 1 && !verb; ++x) verb = toks_[x].cue && toks_[x].cue->verb && !toks_[x].cap;
          if (!head.roles.empty() && !verb) {
            g.type = SpeakerType::kPerson;
            if (g.gender == '-') g.gender = head.gender;
            g.roles.insert(g.roles.end(), head.roles.begin(), head.roles.end());
          }
        }
      }
      if (g.kind == Guess::kName && !g.name.empty()) {
        if (named && g.type == SpeakerType::kUnknown) {
          g.type = SpeakerType::kPerson;
          if (const char gg = GivenNameGender(toks_[rb]); gg && g.gender == '-') g.gender = gg;
        }
        // Without a title, role or organisation word the type stays open.
        if (g.type == SpeakerType::kPerson && g.roles.empty() && g.gender == '-' && !g.given && !named)
          g.type = SpeakerType::kUnknown;
        int e = table_.Intern(g.name, g.type, g.gender, toks_[i].b, false);
        // The sentence's subject: the name opens it, after nothing but determiners and
        // titles ("As for Mr. Trump's attacks, ..." opens with a preposition).
        bool opens = i == sb;
        for (int x = i; x < rb && opens; ++x) opens = !(toks_[x].fw & kFwPreposition);
        // ... or right after an opening adverbial and its comma: "On May 5, Trump posted".
        if (!opens && rb == i && i - 1 > sb && i - sb <= 8 && IsPunct(toks_[i - 1], ',') &&
            (toks_[sb].fw & (kFwPreposition | kFwTimeStart)) && !(toks_[sb].fw & kFwBoundary)) {
          opens = true;
          for (int x = sb; x < i - 1 && opens; ++x) opens = toks_[x].kind == Tok::kWord && !toks_[x].cue;
        }
        if (opens) table_.MarkLastMentionSubject();
        for (const std::string& r : g.roles) table_.AddRole(e, r);
        // "Name (ACR)" links an acronym.
        if (j + 2 < se && IsPunct(toks_[j], '(') && toks_[j + 1].allcaps && IsPunct(toks_[j + 2], ')'))
          table_.AddAcronym(TokText(j + 1, j + 2), e);
      }
    }
    i = j > i ? j : i + 1;
  }
}

void DocExtractor::DoParagraph(int p) {
  para_ = p;
  const Paragraph& P = a_.structure.paragraphs[p];
  switch (P.role) {
    case Role::kByline: case Role::kDateline: case Role::kCaption: case Role::kBoilerplate:
    case Role::kPullQuoteAttribution:
      return;
    case Role::kPullQuote:
      Pull(p);
      return;
    default: break;
  }
  // A repeated paragraph (the headline printed twice) is read once.
  if (SeenBefore(View(P.view))) return;

  std::vector<QuoteMark>& marks = marks_;
  FindQuoteMarks(v_, P.view, a_.text(), [&](uint32_t off) { return a_.norm.ToOriginal(off); }, &marks);
  PairQuotes(v_, P.view, marks, &all_regions_);
  regions_.clear();
  for (const QuoteRegion& r : all_regions_)
    if (r.depth == 0) regions_.push_back(r);
  region_used_.assign(regions_.size(), false);
  Tokenize(p, regions_, marks);
  if (toks_.empty()) return;
  // Names first, so that pronouns anywhere in the paragraph see the names before them.
  for (auto [sb, se] : sent_toks_) RegisterNames(sb, se);
  // "He said:" at the end of the previous paragraph introduces this one's quotation.
  if (colon_attr_ && !regions_.empty() && toks_[0].region == 0) {
    Record r = *colon_attr_;
    r.type = "direct";
    r.content = regions_[0].Inner();
    r.region = region_base_;
    r.extent = regions_[0].Outer();
    region_used_[0] = true;
    AddRecord(r);
    records_.back().extent = regions_[0].Outer();
  }
  colon_attr_.reset();
  if (Transcript(p)) {
    region_base_ += static_cast<int>(regions_.size());
    pending_chain_ = -1;
    return;
  }
  Headline(p);
  QuoteAttributions(p);
  for (auto [sb, se] : sent_toks_) CueAttributions(sb, se);
  // A quotation left open in the previous paragraph continues here when this
  // paragraph opens with a quotation mark: it takes this paragraph's speaker.
  if (pending_chain_ >= 0) {
    Record& pr = records_[pending_chain_];
    if (!regions_.empty() && !toks_.empty() && toks_[0].region == 0) {
      for (size_t i = pending_chain_ + 1; i < records_.size(); ++i) {
        const Record& r = records_[i];
        if (r.paragraph != p || (r.entity < 0 && r.mention.empty())) continue;
        if (pr.resolution == "none" && pr.entity < 0) Continue(r, 0.7, &pr);
        break;
      }
    }
    pending_chain_ = -1;
  }
  Characterisations();
  size_t before = records_.size();
  Leftovers(p);
  // Remember "SPEAKER CUE:" closing this paragraph.
  int n = static_cast<int>(toks_.size());
  if (n >= 3 && IsPunct(toks_[n - 1], ':') && toks_[n - 2].cue && toks_[n - 2].cue->verb &&
      toks_[n - 2].region < 0) {
    Guess g;
    int subj_b;
    int sb = sent_toks_.empty() ? 0 : sent_toks_.back().first;
    if (LeftSubject(sb, n - 2, &g, &subj_b)) {
      Record r;
      r.cue = TokSpan(n - 2, n - 1);
      r.cue_text = std::string(TokText(n - 2, n - 1));
      Resolve(g, toks_[n - 2].b, &r);
      r.paragraph = p;
      colon_attr_ = r;
    }
  }
  for (size_t i = before; i < records_.size(); ++i)
    if (records_[i].region >= region_base_ && !regions_[records_[i].region - region_base_].closed &&
        records_[i].entity < 0 && records_[i].resolution == "none")
      pending_chain_ = static_cast<int>(i);
  region_base_ += static_cast<int>(regions_.size());
}

// The "Name:" label opening a paragraph (up to three capitalised words, then a colon),
// or empty.
std::string_view DocExtractor::TurnLabel(int p) const {
  Span pv = a_.structure.paragraphs[p].view;
  std::string_view t(v_.data() + pv.start, std::min<size_t>(pv.size(), 64));
  size_t i = 0;
  for (int words = 0; words < 3; ++words) {
    if (i >= t.size() || !(t[i] >= 'A' && t[i] <= 'Z')) return {};
    while (i < t.size() && t[i] != ' ' && t[i] != ':') ++i;
    if (i < t.size() && t[i] == ':') return t.substr(0, i);
    ++i;  // the space
  }
  return {};
}

void DocExtractor::Run() {
  // Transcripts name their speakers in ordinary case ("Okonkwo: ...") only where some
  // label opens two or more paragraphs; a single "Jeb Bush: Student loans" is a heading.
  const int np = static_cast<int>(a_.structure.paragraphs.size());
  std::vector<std::string_view> labels;
  for (int p = 0; p < np; ++p)
    if (std::string_view l = TurnLabel(p); !l.empty()) labels.push_back(l);
  std::sort(labels.begin(), labels.end());
  transcript_ = std::adjacent_find(labels.begin(), labels.end()) != labels.end();
  for (int p = 0; p < np; ++p) DoParagraph(p);
}

std::vector<Claim> DocExtractor::Claims(std::vector<SpeakerProfile>* speakers, size_t room) {
  // 0. A name left unresolved where it was read ("Trump Says He Never Pledged ..." in the
  // headline, "Bloomberg reported" before the body names it) is the entity the whole
  // document knows by that name: a person or organisation found later.
  for (Record& r : records_) {
    if (r.entity >= 0 || r.mention.size() < 3 || r.resolution != "none" || r.mention.size() > 40) continue;
    const std::string_view m = View(r.mention);
    if (lex_.Pronoun(std::string_view(lower_).substr(r.mention.start, r.mention.size()))) continue;
    bool name_like = !m.empty() && m[0] >= 'A' && m[0] <= 'Z';
    for (size_t i = 0; i + 1 < m.size() && name_like; ++i)
      if (m[i] == ' ') name_like = m[i + 1] >= 'A' && m[i + 1] <= 'Z';
    if (!name_like) continue;
    const int e = table_.Find(m);
    if (e < 0) continue;
    const SpeakerProfile& p = table_.profile(e);
    if (p.type != SpeakerType::kPerson && p.type != SpeakerType::kOrganization) continue;
    r.entity = e;
    r.resolution = "alias";
    r.confidence = std::max(r.confidence, 0.75);
  }
  // 1. In record order: the span of each record's claim (the sentences covering its
  // extent), the quote counts and the speakers' aliases (their order is that of the
  // AddAlias calls, so these stay in record order).
  std::vector<int> quote_count(table_.size(), 0);
  const auto& sents = a_.sentences;
  std::vector<uint32_t> kept;  // records with content
  std::vector<Span> spans;     // per kept record: its claim's span
  kept.reserve(records_.size());
  spans.reserve(records_.size());
  for (size_t ri = 0; ri < records_.size(); ++ri) {
    const Record& r = records_[ri];
    if (r.content.empty()) continue;
    // Sentences covering the extent.
    Span ext = r.extent;
    uint32_t sb = UINT32_MAX, se = 0;
    auto first = std::partition_point(sents.begin(), sents.end(),
                                      [&](const Sentence& s) { return s.view.end <= ext.start; });
    for (auto it = first; it != sents.end() && it->view.start < ext.end; ++it) {
      if (it->view.end <= ext.start) continue;
      sb = std::min(sb, it->span.start);
      se = std::max(se, it->span.end);
    }
    Span orig_ext = a_.norm.ToOriginal(ext);
    if (sb == UINT32_MAX) {
      sb = orig_ext.start;
      se = orig_ext.end;
    }
    kept.push_back(static_cast<uint32_t>(ri));
    spans.push_back(Span{std::min(sb, orig_ext.start), std::max(se, orig_ext.end)});
    if (r.entity >= 0) {
      ++quote_count[r.entity];
      // Every other form of the name used, pronouns included; not "who"/"which".
      // (The mention as the claim gives it, below; lower_ holds
      // AsciiLower(View(r.mention)) at the same offsets.)
      const bool has_mention = !r.mention.empty() || !r.unresolved_name.empty();
      const std::string_view mention =
          !r.mention.empty() ? a_.norm.ToOriginal(r.mention).Of(a_.text()) : std::string_view(r.unresolved_name);
      const PronounInfo* rel =
          r.mention.size() <= 5 ? lex_.Pronoun(std::string_view(lower_).substr(r.mention.start, r.mention.size()))
                                : nullptr;
      // (Not with an age: "Ramesh Bora, 58".)
      if (has_mention && mention != table_.profile(r.entity).name && !(rel && rel->kind == PronounInfo::kRelative) &&
          std::count(mention.begin(), mention.end(), ' ') < 4 &&
          std::none_of(mention.begin(), mention.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        table_.AddAlias(r.entity, mention);
    }
  }
  // 2. The claims, built in text order (a stable sort of the records by span: the
  // order a stable sort of the claims would give), each in place: a Claim is costly
  // to move.
  std::vector<uint32_t> order(kept.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const Span& a = spans[x];
    const Span& b = spans[y];
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  std::vector<Claim> out;
  out.reserve(kept.size() + room);
  for (uint32_t k : order) {
    const Record& r = records_[kept[k]];
    Claim& c = out.emplace_back();
    c.kind = "quote";
    c.section = RoleName(a_.structure.paragraphs[r.paragraph].role);
    c.span = spans[k];
    c.confidence = r.confidence;
    QuoteInfo& q = c.quote.emplace();
    q.type = r.type;
    q.content_span = a_.norm.ToOriginal(r.quoted.empty() ? r.content : r.quoted);
    q.content.assign(q.content_span.Of(a_.text()));  // (in place: no temporary string)
    // (Compared as string_views: no strlen and compare call per literal.)
    if (std::string_view(r.type) == "mixed" || std::string_view(r.type) == "partial") {
      Span cl = r.clause.empty() ? r.content : r.clause;
      cl.start = std::min(cl.start, r.content.start);
      cl.end = std::max(cl.end, r.content.end);
      q.clause_span = a_.norm.ToOriginal(cl);
    }
    if (!r.cue.empty()) {
      Span cs = a_.norm.ToOriginal(r.cue);
      q.cue_span = cs;
      q.cue.emplace(cs.Of(a_.text()));
    } else if (!r.cue_text.empty()) {
      q.cue = r.cue_text;
    }
    SpeakerRef& s = q.speaker;
    if (!r.mention.empty()) {
      Span ms = a_.norm.ToOriginal(r.mention);
      s.mention_span = ms;
      s.mention.emplace(ms.Of(a_.text()));
    } else if (!r.unresolved_name.empty()) {
      s.mention = r.unresolved_name;
    }
    if (r.entity >= 0) {
      const SpeakerProfile& p = table_.profile(r.entity);
      s.name = p.name;
      s.type = SpeakerTypeName(p.type);
      if (r.role) s.role = r.role;
      else if (!p.roles.empty()) s.role = p.roles[0];
      if (r.org) s.org = r.org;
      else if (!p.orgs.empty()) s.org = p.orgs[0];
    } else {
      s.type = SpeakerTypeName(r.spk_type);
      s.role = r.role;
      s.org = r.org;
    }
    s.resolution = r.resolution;
    s.addressee = r.addressee;
  }
  const std::string& doc_id = a_.doc->id();
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].doc_id = doc_id;
    // doc#q<n>, built in place (one allocation).
    char num[24];
    char* num_end = std::to_chars(num, num + sizeof num, i + 1).ptr;
    std::string& id = out[i].id;
    id.reserve(doc_id.size() + 2 + (num_end - num));
    id.assign(doc_id);
    id.append("#q", 2);
    id.append(num, num_end);
  }
  // Pull quotes: the body quote they repeat.
  auto squash = [](std::string_view s) {
    std::string o;
    for (char c : s)
      if (IsWordByte(static_cast<unsigned char>(c))) o.push_back(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return o;
  };
  // A quotation in the headline with no speaker that the body repeats with one
  // ("'We will not sell the port': an interview with ..." and later "A: We will not
  // sell the port."): that speaker's.
  for (size_t i = 0; i < out.size(); ++i) {
    Claim& c = out[i];
    if (c.section != "headline" && c.section != "standfirst") continue;
    if (c.quote->speaker.name || c.quote->speaker.mention) continue;
    std::string hc = squash(c.quote->content);
    if (hc.size() < 12) continue;
    for (size_t j = i + 1; j < out.size(); ++j) {
      const Claim& d = out[j];
      if (!d.quote->speaker.name || d.section == "headline") continue;
      if (squash(d.quote->content).find(hc) == std::string::npos) continue;
      c.quote->speaker = d.quote->speaker;
      c.quote->speaker.resolution = "headline";
      c.quote->speaker.mention.reset();
      c.quote->speaker.mention_span.reset();
      c.quote->speaker.addressee.reset();
      c.confidence = std::min(c.confidence, 0.7);
      break;
    }
  }
  for (Claim& c : out) {
    if (std::string_view(c.quote->type) != "pull") continue;
    std::string pc = squash(c.quote->content);
    if (pc.size() < 20) continue;
    for (const Claim& d : out) {
      if (&d == &c || std::string_view(d.quote->type) == "pull") continue;
      std::string dc = squash(d.quote->content);
      if (dc.find(pc.substr(0, std::min<size_t>(pc.size(), 60))) != std::string::npos) {
        c.quote->duplicate_of = d.id;
        if (!c.quote->speaker.name && d.quote->speaker.name) {
          c.quote->speaker = d.quote->speaker;
          c.quote->speaker.resolution = "pull_quote";
          c.quote->speaker.mention.reset();
          c.quote->speaker.mention_span.reset();
        }
        break;
      }
    }
  }
  if (speakers) {
    speakers->clear();
    for (int e = 0; e < table_.size(); ++e) {
      if (quote_count[e] == 0) continue;
      SpeakerProfile p = table_.profile(e);
      p.quotes = quote_count[e];
      speakers->push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<QuoteExtractor>> QuoteExtractor::Create(const QuoteOptions& opts) {
  Result<QuoteLexicon> lex = QuoteLexicon::Load();
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<QuoteExtractor>(new QuoteExtractor(std::move(lex).value(), opts));
}

std::vector<Claim> QuoteExtractor::Extract(const Analysis& a, std::vector<SpeakerProfile>* speakers) const {
  return Extract(a, speakers, 0);
}

std::vector<Claim> QuoteExtractor::Extract(const Analysis& a, std::vector<SpeakerProfile>* speakers,
                                           size_t room) const {
  // One set of buffers per thread, reused by every document it reads.
  static thread_local DocBuffers buffers;
  DocExtractor d(lex_, opts_, a, &titles_, &buffers);
  d.Run();
  return d.Claims(speakers, room);
}

void QuoteExtractor::Run(const Analysis& a, std::vector<Claim>* claims) {
  // The extractors that run after this one (numbers) append their claims to the same
  // vector: room for a few dozen of them from the start, so that their first claims do
  // not move every quote claim to a larger vector (a Claim is large: a move touches a
  // few dozen strings and optionals). No effect on results.
  constexpr size_t kRoomForLaterClaims = 32;
  std::vector<Claim> q = Extract(a, nullptr, kRoomForLaterClaims);
  if (claims->empty()) {
    claims->swap(q);
    return;
  }
  claims->reserve(claims->size() + q.size());
  for (Claim& c : q) claims->push_back(std::move(c));
}

Result<std::unique_ptr<Extractor>> CreateQuoteExtractor() {
  auto q = QuoteExtractor::Create();
  if (!q.ok()) return q.status();
  return std::unique_ptr<Extractor>(std::move(q).value().release());
}

}  // namespace claimkit
