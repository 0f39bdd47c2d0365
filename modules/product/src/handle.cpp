// SPDX-License-Identifier: MIT
// toHandle without ICU: NFD followed by dropping combining marks only changes letters that
// decompose canonically, and for the Latin ranges those are listed here.
#include "medusa/product/handle.h"

#include <string_view>

namespace medusa::product {

namespace {

using namespace std::string_view_literals;

// U+00C0..U+00FF: the base letter of each code point, '\0' when it has no canonical
// decomposition (Æ, Ð, ×, Ø, Þ, ß, ...), lower-cased as toLowerCase() runs first.
constexpr std::string_view kLatin1 =
    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0"
    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y"sv;
static_assert(kLatin1.size() == 0x40);

// U+0100..U+017F (Latin Extended-A), same convention.
constexpr std::string_view kLatinExtA =
    "aaaaaa"
    "cccccccc"
    "dd"
    "\0\0"
    "eeeeeeeeee"
    "gggggggg"
    "hh"
    "\0\0"
    "iiiiiiiii"
    "\0\0\0"
    "jj"
    "kk"
    "\0"
    "llllll"
    "\0\0\0\0"
    "nnnnnn"
    "\0\0\0"
    "oooooo"
    "\0\0"
    "rrrrrr"
    "ssssssss"
    "tttt"
    "\0\0"
    "uuuuuuuuuuuu"
    "ww"
    "yyy"
    "zzzzzz"
    "\0"sv;
static_assert(kLatinExtA.size() == 0x80);

// Decodes one UTF-8 sequence at `i`; malformed bytes decode as themselves (then dropped).
char32_t next(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  const int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 0 ? b : (b & (0x3F >> extra));
  for (int k = 0; k < extra && i < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return cp;
}

bool isSpace(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x3000 || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A);
}

// The ASCII letter a code point reduces to after lower-casing and dropping marks, or 0.
char baseLetter(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp + 32) : static_cast<char>(cp);
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtA[cp - 0x100];
  return 0;
}

bool isHandleChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isLower(char c) {
  return c >= 'a' && c <= 'z';
}
bool isUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

}  // namespace

std::string toHandle(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool inSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next(text, i);
    if (isSpace(cp) || cp == '_') {
      if (!inSpace) out += '-';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (const char c = baseLetter(cp); isHandleChar(c)) out += c;
  }
  // Runs of '-' collapse after the removal, as in Medusa ("a - b" -> "a-b").
  std::string collapsed;
  collapsed.reserve(out.size());
  for (const char c : out) {
    if (c == '-' && !collapsed.empty() && collapsed.back() == '-') continue;
    collapsed += c;
  }
  return collapsed;
}

std::string kebabCase(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  bool inSpace = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '_' || (c >= 0x09 && c <= 0x0D)) {
      if (!inSpace) out += '-';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (isUpper(c) && i > 0 && isLower(text[i - 1])) out += '-';
    out += isUpper(c) ? static_cast<char>(c + 32) : c;
  }
  return out;
}

bool isValidHandle(std::string_view handle) {
  if (handle.empty() || handle.front() == '-' || handle.back() == '-') return false;
  char previous = 0;
  for (const char c : handle) {
    if (!isHandleChar(c) || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

}  // namespace medusa::product
