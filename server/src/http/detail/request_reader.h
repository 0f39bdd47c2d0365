// SPDX-License-Identifier: MIT
#pragma once

// Private to the listener (and its fuzz target, tests/fuzz/http_request_fuzz.cpp): Beast's
// request parser with the server's limits, and the Request the handlers get from it.

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>

#include "http/request.h"

namespace medusa::http::detail {

using RequestParser = boost::beast::http::request_parser<boost::beast::http::string_body>;

/// Applies the header limit (431 beyond it) and the body limit (413 beyond it) to a new parser.
void limitParser(RequestParser& parser, std::size_t maxHeaderBytes, std::size_t maxBodyBytes);

/// Fills a reset `request` from a parsed message: method, target, version, every header field in
/// order, and the body (moved out of the message).
void fillRequest(Request& request,
                 boost::beast::http::request<boost::beast::http::string_body>& message);

}  // namespace medusa::http::detail
