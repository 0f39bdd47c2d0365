// SPDX-License-Identifier: MIT
#include "http/query/js_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <system_error>

namespace medusa::http::detail {
namespace {

int hexDigit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The byte of the escape `%XX` at `at`, or -1.
int escapedByte(std::string_view text, std::size_t at) noexcept {
  if (at + 2 >= text.size() || text[at] != '%') return -1;
  const int high = hexDigit(text[at + 1]);
  const int low = hexDigit(text[at + 2]);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

// decodeURIComponent (ECMA-262 Decode with an empty reserved set): every escape is decoded; a
// multi-byte sequence must be fully escaped and be valid UTF-8 (no overlong form, surrogate or
// code point above U+10FFFF). nullopt where JS throws URIError.
std::optional<std::string> decodeUriComponent(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '%') {
      out += text[i++];
      continue;
    }
    const int lead = escapedByte(text, i);
    if (lead < 0) return std::nullopt;
    i += 3;
    if (lead < 0x80) {
      out += static_cast<char>(lead);
      continue;
    }
    int count = 0;
    std::uint32_t codePoint = 0;
    if ((lead & 0xE0) == 0xC0) {
      count = 2, codePoint = static_cast<std::uint32_t>(lead & 0x1F);
    } else if ((lead & 0xF0) == 0xE0) {
      count = 3, codePoint = static_cast<std::uint32_t>(lead & 0x0F);
    } else if ((lead & 0xF8) == 0xF0) {
      count = 4, codePoint = static_cast<std::uint32_t>(lead & 0x07);
    } else {
      return std::nullopt;  // a continuation byte first, or a 5/6-byte lead
    }
    out += static_cast<char>(lead);
    for (int k = 1; k < count; ++k, i += 3) {
      const int next = escapedByte(text, i);
      if (next < 0 || (next & 0xC0) != 0x80) return std::nullopt;
      codePoint = (codePoint << 6) | static_cast<std::uint32_t>(next & 0x3F);
      out += static_cast<char>(next);
    }
    static constexpr std::array<std::uint32_t, 5> kMinimum{0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kMinimum[static_cast<std::size_t>(count)] || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      return std::nullopt;
    }
  }
  return out;
}

// Length of the ECMAScript StrWhiteSpaceChar (UTF-8) at the start of `text`, or 0.
std::size_t whitespaceAt(std::string_view text) noexcept {
  static constexpr std::array<std::string_view, 14> kWhitespace{
      "\t",           "\n",           "\v",
      "\f",           "\r",           " ",
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\xA8",
      "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
      "\xE3\x80\x80", "\xEF\xBB\xBF"};
  for (std::string_view ws : kWhitespace) {
    if (text.starts_with(ws)) return ws.size();
  }
  // U+2000..U+200A, the rest of the Zs (space separator) category.
  if (text.size() >= 3 && text[0] == '\xE2' && text[1] == '\x80' &&
      static_cast<unsigned char>(text[2]) >= 0x80 && static_cast<unsigned char>(text[2]) <= 0x8A) {
    return 3;
  }
  return 0;
}

// Length of the ECMAScript whitespace (UTF-8) that ends `text`, or 0.
std::size_t whitespaceBefore(std::string_view text) noexcept {
  for (std::size_t width = 1; width <= 3 && width <= text.size(); ++width) {
    const std::string_view tail = text.substr(text.size() - width);
    if (whitespaceAt(tail) == width) return width;
  }
  return 0;
}

}  // namespace

std::string_view jsTrim(std::string_view text) noexcept {
  while (const std::size_t n = whitespaceAt(text)) text.remove_prefix(n);
  while (const std::size_t n = whitespaceBefore(text)) text.remove_suffix(n);
  return text;
}

std::string qsDecode(std::string_view text) {
  std::string plusless(text);
  std::replace(plusless.begin(), plusless.end(), '+', ' ');
  if (plusless.find('%') == std::string::npos) return plusless;
  auto decoded = decodeUriComponent(plusless);
  return decoded ? std::move(*decoded) : plusless;
}

std::optional<std::int64_t> parseJsInt(std::string_view text) noexcept {
  while (const std::size_t n = whitespaceAt(text)) text.remove_prefix(n);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  int radix = 10;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    radix = 16;
    text.remove_prefix(2);
  }
  constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  std::uint64_t value = 0;
  std::size_t digits = 0;
  for (char c : text) {
    const int d = hexDigit(c);
    if (d < 0 || d >= radix) break;
    ++digits;
    value = value > (kMax - static_cast<std::uint64_t>(d)) / static_cast<std::uint64_t>(radix)
                ? kMax
                : value * static_cast<std::uint64_t>(radix) + static_cast<std::uint64_t>(d);
  }
  if (digits == 0) return std::nullopt;
  const auto magnitude = static_cast<std::int64_t>(value);
  return negative ? -magnitude : magnitude;
}

std::optional<std::uint64_t> jsIntegerKey(std::string_view text) noexcept {
  if (text.empty() || text.size() > 21 || (text.size() > 1 && text.front() == '0')) {
    return std::nullopt;  // 1e21 and above print in exponent form; "01" is not canonical
  }
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  if (text.size() <= 15) {  // exact in a double, so it always round-trips
    std::uint64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  // Beyond 2^53 parseInt rounds; the key counts only if JS spells the double back the same
  // way: its shortest round-trip digits padded with zeros (Number::toString for n <= 21).
  double number = 0;
  std::from_chars(text.data(), text.data() + text.size(), number);
  std::array<char, 40> buffer{};
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number,
                                 std::chars_format::scientific);
  if (ec != std::errc{}) return std::nullopt;
  const std::string_view printed(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  const std::size_t e = printed.find('e');
  int exponent = 0;
  std::from_chars(printed.data() + e + (printed[e + 1] == '+' ? 2 : 1), end, exponent);
  std::string digits;
  for (char c : printed.substr(0, e)) {
    if (c != '.') digits += c;
  }
  const auto places = static_cast<std::size_t>(exponent + 1);
  if (places > 21 || places < digits.size()) return std::nullopt;
  digits.append(places - digits.size(), '0');
  if (digits != text) return std::nullopt;
  std::uint64_t value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc{} ? value : std::numeric_limits<std::uint64_t>::max();
}

}  // namespace medusa::http::detail
