// SPDX-License-Identifier: MIT
#include "http/method.h"

namespace medusa::http {

std::string_view toString(Method method) {
  switch (method) {
    case Method::Get:
      return "GET";
    case Method::Head:
      return "HEAD";
    case Method::Post:
      return "POST";
    case Method::Put:
      return "PUT";
    case Method::Patch:
      return "PATCH";
    case Method::Delete:
      return "DELETE";
    case Method::Options:
      return "OPTIONS";
    case Method::Other:
      break;
  }
  return "OTHER";
}

Method parseMethod(std::string_view name) {
  // Ordered by frequency: most requests are GET or POST.
  if (name == "GET") return Method::Get;
  if (name == "POST") return Method::Post;
  if (name == "DELETE") return Method::Delete;
  if (name == "OPTIONS") return Method::Options;
  if (name == "HEAD") return Method::Head;
  if (name == "PUT") return Method::Put;
  if (name == "PATCH") return Method::Patch;
  return Method::Other;
}

}  // namespace medusa::http
