// llvm-cxxfilt and llvm-undname as a newer LLVM runs them, through the libLLVM that a rustup toolchain
// ships (LLVM 22 with Rust 1.95): Debian 12 packages only LLVM 14, whose Itanium demangler predates
// the LLVM 21 vectors that AbiPortal follows. Modes: cxxfilt (split words as llvm-cxxfilt does),
// whole (llvm::demangle on each line), undname (microsoftDemangle on each line).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
namespace llvm {
enum MSDemangleFlags : int { MSDF_None = 0 };
std::string demangle(std::string_view MangledName);
char *microsoftDemangle(std::string_view mangled_name, size_t *n_read, int *status, MSDemangleFlags Flags);
}
static bool legal(char c) { return isalnum((unsigned char)c) || c == '.' || c == '$' || c == '_'; }
int main(int argc, char **argv) {
  std::string mode = argc > 1 ? argv[1] : "cxxfilt";
  std::string line;
  while (std::getline(std::cin, line)) {
    if (mode == "undname") {
      size_t n; int st;
      char *r = llvm::microsoftDemangle(line, &n, &st, llvm::MSDF_None);
      std::cout << (st == 0 && r ? std::string(r) : line) << '\n';
      free(r);
    } else if (mode == "whole") {
      std::cout << llvm::demangle(line) << '\n';
    } else {
      std::string out; size_t i = 0;
      while (i < line.size()) {
        size_t s = i;
        while (i < line.size() && !legal(line[i])) i++;
        out.append(line, s, i - s);
        s = i;
        while (i < line.size() && legal(line[i])) i++;
        if (i > s) out += llvm::demangle(std::string_view(line).substr(s, i - s));
      }
      std::cout << out << '\n';
    }
  }
}
