// SPDX-License-Identifier: MIT
#include "http/middleware_chain.h"

#include <stdexcept>

namespace medusa::http {

MiddlewareChain::MiddlewareChain(Handler terminal) : m_terminal(std::move(terminal)) {
  if (!m_terminal) throw std::logic_error("MiddlewareChain needs a terminal handler");
}

MiddlewareChain& MiddlewareChain::use(std::unique_ptr<Middleware> middleware) {
  if (!middleware) throw std::logic_error("MiddlewareChain::use(nullptr)");
  m_middleware.push_back(std::move(middleware));
  return *this;
}

}  // namespace medusa::http
