// Input expansion: files, recursive directories with globs, --from-list (see fs_walk.h).
#include "io/fs_walk.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace claimkit {
namespace {

Status PathError(const std::string& path, const std::string& what, int err) {
  Status s = Status::Error(StatusCode::kIoError, what + ": " + std::strerror(err));
  s.At(path, 0, -1);
  return s;
}

bool AnyMatch(const std::vector<std::string>& globs, const std::string& rel) {
  for (const std::string& g : globs) {
    if (GlobMatches(g, rel)) return true;
  }
  return false;
}

void Walk(const std::string& dir, const std::string& rel, const WalkOptions& opts,
          std::vector<InputPath>* out) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    out->push_back({dir, 0, PathError(dir, "cannot list directory", errno)});
    return;
  }
  std::vector<std::string> names;
  while (struct dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.') continue;  // ".", "..", hidden
    names.emplace_back(e->d_name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string path = dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
    std::string r = rel.empty() ? name : rel + "/" + name;
    struct stat lst;
    if (::lstat(path.c_str(), &lst) != 0) {
      out->push_back({path, 0, PathError(path, "cannot stat", errno)});
      continue;
    }
    bool is_link = S_ISLNK(lst.st_mode);
    struct stat st = lst;
    if (is_link && ::stat(path.c_str(), &st) != 0) continue;  // dangling link
    if (S_ISDIR(st.st_mode)) {
      if (is_link || AnyMatch(opts.exclude, r)) continue;
      Walk(path, r, opts, out);
    } else if (S_ISREG(st.st_mode)) {
      if (!opts.include.empty() && !AnyMatch(opts.include, r)) continue;
      if (AnyMatch(opts.exclude, r)) continue;
      out->push_back({path, static_cast<uint64_t>(st.st_size), Status::Ok()});
    }
  }
}

void Expand(const std::string& arg, const WalkOptions& opts, std::vector<InputPath>* out) {
  if (arg == "-") {
    out->push_back({"-", 0, Status::Ok()});
    return;
  }
  struct stat st;
  if (::stat(arg.c_str(), &st) != 0) {
    out->push_back({arg, 0, PathError(arg, "cannot open", errno)});
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    Walk(arg, "", opts, out);
  } else {
    out->push_back({arg, static_cast<uint64_t>(st.st_size), Status::Ok()});
  }
}

}  // namespace

bool GlobMatches(const std::string& glob, const std::string& rel_path) {
  if (glob.find('/') == std::string::npos) {
    size_t slash = rel_path.rfind('/');
    std::string name = slash == std::string::npos ? rel_path : rel_path.substr(slash + 1);
    return ::fnmatch(glob.c_str(), name.c_str(), 0) == 0;
  }
  return ::fnmatch(glob.c_str(), rel_path.c_str(), 0) == 0;
}

std::vector<InputPath> ExpandInputs(const std::vector<std::string>& args,
                                    const std::string& from_list, const WalkOptions& opts) {
  std::vector<InputPath> out;
  for (const std::string& a : args) Expand(a, opts, &out);
  if (!from_list.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (from_list != "-") {
      file.open(from_list);
      if (!file) {
        out.push_back({from_list, 0, PathError(from_list, "cannot open list", errno)});
        return out;
      }
      in = &file;
    }
    std::string line;
    while (std::getline(*in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      Expand(line, opts, &out);
    }
  }
  return out;
}

}  // namespace claimkit
