// SPDX-License-Identifier: MIT
// A POST body with `Content-Type: application/json` through the server's body pipeline:
// ErrorMiddleware, JsonBodyMiddleware (medusa::json::parse with the server's depth limit), and
// a handler that answers the parsed value with Response::json (the server's own serialiser).
// Malformed input must come back as a 400; a parsed value must be written as JSON that parses
// back to the same value: numbers beyond double's range, read as infinities, are written as
// null (as JSON.stringify does), a whole double such as 1e3 comes back as the integer 1000, and
// a double may come back one or two units in the last place off, because Boost 1.81's parser
// is not correctly rounded (1.8407370955161446e+31 reads as 1.8407370955161448e+31).
#include <spdlog/spdlog.h>

#include <boost/json/value.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "http/middleware/error_middleware.h"
#include "http/middleware/json_body_middleware.h"
#include "http/middleware_chain.h"
#include "http/request.h"
#include "http/response.h"
#include "medusa/core/json.h"

namespace {

namespace http = medusa::http;

const http::MiddlewareChain& chain() {
  static const auto* c = [] {
    spdlog::set_level(spdlog::level::off);  // ErrorMiddleware logs every 400
    auto* made = new http::MiddlewareChain(
        [](http::Request& request) { return http::Response::json(200, request.json()); });
    made->use<http::ErrorMiddleware>();
    made->use<http::JsonBodyMiddleware>();
    return made;
  }();
  return *c;
}

bool nearlyEqual(double a, double b) {
  for (int step = 0; step < 2 && a != b; ++step) a = std::nextafter(a, b);
  return a == b;
}

// sent == back, up to what writing JSON changes (see above).
bool sameValue(const boost::json::value& sent, const boost::json::value& back) {
  if (sent.is_double() && !std::isfinite(sent.get_double())) return back.is_null();
  if (sent.is_double() && back.is_number()) {
    return nearlyEqual(sent.get_double(), back.to_number<double>());
  }
  if (sent.is_array() && back.is_array()) {
    const auto& a = sent.get_array();
    const auto& b = back.get_array();
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!sameValue(a[i], b[i])) return false;
    }
    return true;
  }
  if (sent.is_object() && back.is_object()) {
    const auto& a = sent.get_object();
    const auto& b = back.get_object();
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
      if (i->key() != j->key() || !sameValue(i->value(), j->value())) return false;
    }
    return true;
  }
  return sent == back;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::Request request("POST", "/admin/products");
  request.headers().add("Content-Type", "application/json; charset=utf-8");
  request.setBody(std::string(reinterpret_cast<const char*>(data), size));
  const http::Response response = chain()(request);
  if (response.status() == 200) {
    // Throws (and the fuzzer reports it) if the answer is not JSON the server reads back.
    const auto back = medusa::json::parse(response.body());
    if (!sameValue(request.json(), back)) std::abort();
  } else if (response.status() != 400) {
    std::abort();  // anything but a 400 for a malformed body
  }
  return 0;
}
