// SPDX-License-Identifier: MIT
#include "medusa/core/time.h"

#include <charconv>
#include <cstdio>

#include "medusa/core/error.h"

namespace medusa::time {

using namespace std::chrono;

Timestamp now() { return time_point_cast<milliseconds>(system_clock::now()); }

std::string toIso8601(Timestamp t) {
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()),
                static_cast<int>(hms.subseconds().count()));
  return buf;
}

namespace {

[[noreturn]] void invalid(std::string_view text) {
  throw Error(ErrorType::InvalidData, "Invalid date: '" + std::string(text) + "'");
}

// Reads exactly `width` digits at `pos`.
int digits(std::string_view s, std::size_t& pos, std::size_t width, std::string_view text) {
  if (pos + width > s.size()) invalid(text);
  int value = 0;
  auto [ptr, ec] = std::from_chars(s.data() + pos, s.data() + pos + width, value);
  if (ec != std::errc() || ptr != s.data() + pos + width) invalid(text);
  pos += width;
  return value;
}

void expect(std::string_view s, std::size_t& pos, char c, std::string_view text) {
  if (pos >= s.size() || s[pos] != c) invalid(text);
  ++pos;
}

}  // namespace

Timestamp parse(std::string_view text) {
  const std::string_view s = text;
  std::size_t pos = 0;
  const int y = digits(s, pos, 4, text);
  expect(s, pos, '-', text);
  const int mo = digits(s, pos, 2, text);
  expect(s, pos, '-', text);
  const int d = digits(s, pos, 2, text);
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) invalid(text);
  milliseconds timeOfDay{0};
  minutes offset{0};
  if (pos < s.size()) {
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') invalid(text);
    ++pos;
    const int h = digits(s, pos, 2, text);
    expect(s, pos, ':', text);
    const int mi = digits(s, pos, 2, text);
    int sec = 0;
    int ms = 0;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      sec = digits(s, pos, 2, text);
      if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
          ms += (s[pos] - '0') * scale;
          scale /= 10;
          ++pos;
        }
        if (pos == start) invalid(text);
      }
    }
    if (h > 23 || mi > 59 || sec > 60) invalid(text);
    timeOfDay = hours{h} + minutes{mi} + seconds{sec} + milliseconds{ms};
    if (pos < s.size()) {
      if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
      } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        const int oh = digits(s, pos, 2, text);
        int om = 0;
        if (pos < s.size() && s[pos] == ':') ++pos;
        if (pos < s.size()) om = digits(s, pos, 2, text);
        offset = minutes{sign * (oh * 60 + om)};
      } else {
        invalid(text);
      }
    }
    if (pos != s.size()) invalid(text);
  }
  return Timestamp{sys_days{ymd}.time_since_epoch()} + timeOfDay - offset;
}

}  // namespace medusa::time
