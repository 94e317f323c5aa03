// Streaming gzip/zstd decompression behind a std::streambuf (see decompress.h).
#include "io/decompress.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace claimkit {

const char* CompressionName(Compression c) {
  switch (c) {
    case Compression::kGzip: return "gzip";
    case Compression::kZstd: return "zstd";
    case Compression::kAuto: return "auto";
    default: return "none";
  }
}

Compression SniffCompression(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b) {
    return Compression::kGzip;
  }
  if (head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0x28 &&
      static_cast<unsigned char>(head[1]) == 0xb5 && static_cast<unsigned char>(head[2]) == 0x2f &&
      static_cast<unsigned char>(head[3]) == 0xfd) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

// Reads raw bytes from a file descriptor or an in-memory string, decodes them into
// out_, and exposes out_ as the get area.
class DecompressBuf : public std::streambuf {
 public:
  static constexpr size_t kBuf = 128 * 1024;

  DecompressBuf(int fd, bool own_fd, std::string path, Compression c)
      : fd_(fd), own_fd_(own_fd), path_(std::move(path)), codec_(c) {
    in_.resize(kBuf);
    out_.resize(kBuf);
    setg(out_.data(), out_.data(), out_.data());
  }
  DecompressBuf(std::string data, Compression c) : mem_(std::move(data)), codec_(c) {
    path_ = "<memory>";
    out_.resize(kBuf);
    setg(out_.data(), out_.data(), out_.data());
  }
  ~DecompressBuf() override {
    if (zinit_) inflateEnd(&z_);
    if (zstd_) ZSTD_freeDStream(zstd_);
    if (own_fd_ && fd_ >= 0) ::close(fd_);
  }

  const Status& status() const { return status_; }
  Compression compression() const { return codec_; }
  uint64_t raw_read() const { return raw_read_; }
  uint64_t bytes_out() const { return bytes_out_; }
  std::string_view Peek() {
    if (gptr() == egptr()) underflow();
    return std::string_view(gptr(), static_cast<size_t>(egptr() - gptr()));
  }
  void Consume(size_t n) { gbump(static_cast<int>(n)); }

  // Sniffs the codec when kAuto; sets up the decoder.
  void Start() {
    if (codec_ == Compression::kAuto) {
      while (avail_in() < 4 && !raw_eof_ && status_.ok()) FillIn();
      codec_ = SniffCompression(std::string_view(in_ptr(), avail_in()));
    }
    if (codec_ == Compression::kGzip) {
      std::memset(&z_, 0, sizeof z_);
      // 15 + 32: zlib or gzip header, detected automatically.
      if (inflateInit2(&z_, 15 + 32) != Z_OK) {
        Fail("cannot initialise zlib");
        return;
      }
      zinit_ = true;
    } else if (codec_ == Compression::kZstd) {
      zstd_ = ZSTD_createDStream();
      if (!zstd_ || ZSTD_isError(ZSTD_initDStream(zstd_))) Fail("cannot initialise zstd");
    }
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!status_.ok() || done_) return traits_type::eof();
    size_t n = 0;
    while (n == 0 && status_.ok() && !done_) n = Produce();
    bytes_out_ += n;
    setg(out_.data(), out_.data(), out_.data() + n);
    if (n == 0) return traits_type::eof();
    return traits_type::to_int_type(*gptr());
  }

 private:
  const char* in_ptr() const { return (fd_ >= 0 ? in_.data() : mem_.data()) + in_pos_; }
  size_t avail_in() const { return in_end_ - in_pos_; }

  void Fail(const std::string& msg) {
    if (status_.ok()) {
      status_ = Status::Error(StatusCode::kInvalidInput, msg);
      status_.At(path_, 0, static_cast<int64_t>(raw_read_));
    }
  }

  // Makes more raw input available (compacting the buffer). Sets raw_eof_ at the end.
  void FillIn() {
    if (fd_ < 0) {  // memory source: everything is available from the start
      if (!mem_loaded_) {
        mem_loaded_ = true;
        in_pos_ = 0;
        in_end_ = mem_.size();
        raw_read_ = mem_.size();
      }
      raw_eof_ = true;
      return;
    }
    if (in_pos_ > 0) {
      std::memmove(in_.data(), in_.data() + in_pos_, avail_in());
      in_end_ -= in_pos_;
      in_pos_ = 0;
    }
    if (in_end_ == in_.size()) return;
    ssize_t r;
    do {
      r = ::read(fd_, in_.data() + in_end_, in_.size() - in_end_);
    } while (r < 0 && errno == EINTR);
    if (r < 0) {
      status_ = Status::Error(StatusCode::kIoError, std::string("read error: ") + std::strerror(errno));
      status_.At(path_, 0, static_cast<int64_t>(raw_read_));
      raw_eof_ = true;
      return;
    }
    if (r == 0) raw_eof_ = true;
    in_end_ += static_cast<size_t>(r);
    raw_read_ += static_cast<uint64_t>(r);
  }

  // Produces up to kBuf decoded bytes into out_; returns how many (0 = try again or done).
  size_t Produce() {
    if (avail_in() == 0) {
      if (raw_eof_) return Finish();
      FillIn();
      if (avail_in() == 0) return raw_eof_ ? Finish() : 0;
    }
    switch (codec_) {
      case Compression::kGzip: return Inflate();
      case Compression::kZstd: return Unzstd();
      default: {
        size_t n = std::min(avail_in(), out_.size());
        std::memcpy(out_.data(), in_ptr(), n);
        in_pos_ += n;
        return n;
      }
    }
  }

  size_t Finish() {
    done_ = true;
    if (codec_ == Compression::kGzip && member_open_) Fail("truncated gzip stream");
    if (codec_ == Compression::kZstd && zstd_pending_) Fail("truncated zstd stream");
    return 0;
  }

  size_t Inflate() {
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_ptr()));
    z_.avail_in = static_cast<uInt>(avail_in());
    z_.next_out = reinterpret_cast<Bytef*>(out_.data());
    z_.avail_out = static_cast<uInt>(out_.size());
    member_open_ = true;
    int rc = inflate(&z_, Z_NO_FLUSH);
    size_t consumed = avail_in() - z_.avail_in;
    in_pos_ += consumed;
    size_t produced = out_.size() - z_.avail_out;
    if (rc == Z_STREAM_END) {
      member_open_ = false;
      // Another gzip member may follow (WARC.gz); trailing zero padding is tolerated.
      while (avail_in() == 0 && !raw_eof_) FillIn();
      if (avail_in() > 0 && in_ptr()[0] == 0) {
        bool all_zero = true;
        for (size_t i = 0; i < avail_in(); ++i) all_zero = all_zero && in_ptr()[i] == 0;
        if (all_zero && raw_eof_) in_pos_ = in_end_;
      }
      if (avail_in() > 0) inflateReset(&z_);
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible: needs more input.
      if (consumed == 0 && produced == 0) {
        if (raw_eof_) {
          Fail("truncated gzip stream");
        } else {
          FillIn();
        }
      }
    } else if (rc != Z_OK) {
      Fail(std::string("gzip data error: ") + (z_.msg ? z_.msg : "corrupt stream"));
    }
    return produced;
  }

  size_t Unzstd() {
    ZSTD_inBuffer in{in_ptr(), avail_in(), 0};
    ZSTD_outBuffer out{out_.data(), out_.size(), 0};
    size_t rc = ZSTD_decompressStream(zstd_, &out, &in);
    in_pos_ += in.pos;
    if (ZSTD_isError(rc)) {
      Fail(std::string("zstd data error: ") + ZSTD_getErrorName(rc));
      return out.pos;
    }
    zstd_pending_ = rc != 0;
    if (in.pos == 0 && out.pos == 0 && !raw_eof_) FillIn();
    return out.pos;
  }

  int fd_ = -1;
  bool own_fd_ = false;
  std::string mem_;
  bool mem_loaded_ = false;
  std::string path_;
  Compression codec_;
  std::vector<char> in_, out_;
  size_t in_pos_ = 0, in_end_ = 0;
  bool raw_eof_ = false, done_ = false;
  uint64_t raw_read_ = 0, bytes_out_ = 0;
  Status status_;
  z_stream z_;
  bool zinit_ = false, member_open_ = false;
  ZSTD_DStream* zstd_ = nullptr;
  bool zstd_pending_ = false;
};

ByteStream::ByteStream(std::unique_ptr<DecompressBuf> buf)
    : std::istream(buf.get()), buf_(std::move(buf)) {}
ByteStream::~ByteStream() = default;
const Status& ByteStream::status() const { return buf_->status(); }
Compression ByteStream::compression() const { return buf_->compression(); }
uint64_t ByteStream::raw_bytes_read() const { return buf_->raw_read(); }
uint64_t ByteStream::bytes_out() const { return buf_->bytes_out(); }
std::string_view ByteStream::Peek() { return buf_->Peek(); }
void ByteStream::Consume(size_t n) { buf_->Consume(n); }

Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path, Compression c) {
  int fd = 0;
  bool own = false;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      Status s = Status::Error(StatusCode::kIoError, std::string("cannot open: ") + std::strerror(errno));
      return s.At(path, 0, -1);
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      Status s = Status::Error(StatusCode::kIoError, "is a directory");
      return s.At(path, 0, -1);
    }
    own = true;
  }
  auto buf = std::make_unique<DecompressBuf>(fd, own, path, c);
  buf->Start();
  return std::unique_ptr<ByteStream>(new ByteStream(std::move(buf)));
}

std::unique_ptr<ByteStream> ByteStreamFromString(std::string data, Compression c) {
  auto buf = std::make_unique<DecompressBuf>(std::move(data), c);
  buf->Start();
  return std::unique_ptr<ByteStream>(new ByteStream(std::move(buf)));
}

Result<std::string> DecompressAll(std::string_view data, uint64_t max_out) {
  auto s = ByteStreamFromString(std::string(data));
  std::string out;
  char buf[1 << 16];
  while (s->read(buf, sizeof buf) || s->gcount() > 0) {
    out.append(buf, static_cast<size_t>(s->gcount()));
    if (out.size() > max_out) {
      return Status::Error(StatusCode::kTooLarge, "decompressed data larger than " +
                                                      std::to_string(max_out) + " bytes");
    }
  }
  if (!s->status().ok()) return s->status();
  return out;
}

}  // namespace claimkit
