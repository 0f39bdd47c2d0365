// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace medusa::http {

class MiddlewareChain;

/// The rest of the chain after a middleware. Cheap to copy: a chain pointer and a position.
class Next {
 public:
  Response operator()(Request& request) const;

 private:
  friend class MiddlewareChain;
  Next(const MiddlewareChain& chain, std::size_t index) : m_chain(&chain), m_index(index) {}
  const MiddlewareChain* m_chain;
  std::size_t m_index;
};

/// One step around the handlers: it may answer itself (a CORS preflight) or call `next` and
/// adjust the response. Middleware is shared by all workers, so `handle` must be thread-safe.
class Middleware {
 public:
  virtual ~Middleware() = default;
  virtual Response handle(Request& request, const Next& next) const = 0;
};

/// Middleware in order, outermost first, ending in a handler (usually the router).
class MiddlewareChain {
 public:
  explicit MiddlewareChain(Handler terminal);

  MiddlewareChain& use(std::unique_ptr<Middleware> middleware);
  template <class M, class... Args>
  MiddlewareChain& use(Args&&... args) {
    return use(std::make_unique<M>(std::forward<Args>(args)...));
  }

  Response operator()(Request& request) const { return Next(*this, 0)(request); }

 private:
  friend class Next;
  std::vector<std::unique_ptr<Middleware>> m_middleware;
  Handler m_terminal;
};

inline Response Next::operator()(Request& request) const {
  if (m_index < m_chain->m_middleware.size()) {
    return m_chain->m_middleware[m_index]->handle(request, Next(*m_chain, m_index + 1));
  }
  return m_chain->m_terminal(request);
}

}  // namespace medusa::http
