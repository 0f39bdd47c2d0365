// SPDX-License-Identifier: MIT
#include "http/validation/email_address.h"

namespace medusa::http::validation {

namespace {

bool isAlnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isLetter(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isLocalChar(char c) noexcept {
  return isAlnum(c) || c == '_' || c == '\'' || c == '+' || c == '-' || c == '.';
}

// zod's local part: ^(?!\.)[A-Z0-9_'+\-\.]*[A-Z0-9_+-]
bool isLocalPart(std::string_view local) noexcept {
  if (local.empty() || local.front() == '.') return false;
  for (char c : local) {
    if (!isLocalChar(c)) return false;
  }
  return local.back() != '.' && local.back() != '\'';
}

// zod's domain: ([A-Z0-9][A-Z0-9\-]*\.)+[A-Z]{2,}
bool isDomain(std::string_view domain) noexcept {
  const auto lastDot = domain.rfind('.');
  if (lastDot == std::string_view::npos) return false;
  const std::string_view top = domain.substr(lastDot + 1);
  if (top.size() < 2) return false;
  for (char c : top) {
    if (!isLetter(c)) return false;
  }
  bool labelStart = true;
  for (char c : domain.substr(0, lastDot + 1)) {
    if (c == '.') {
      if (labelStart) return false;  // empty label
      labelStart = true;
    } else if (labelStart ? !isAlnum(c) : !(isAlnum(c) || c == '-')) {
      return false;
    } else {
      labelStart = false;
    }
  }
  return true;
}

}  // namespace

bool isEmail(std::string_view text) noexcept {
  if (text.size() > kMaxEmailLength) return false;
  if (text.find("..") != std::string_view::npos) return false;
  const auto at = text.find('@');
  if (at == std::string_view::npos) return false;
  // Neither part admits '@', so a second one fails the domain check.
  return isLocalPart(text.substr(0, at)) && isDomain(text.substr(at + 1));
}

}  // namespace medusa::http::validation
