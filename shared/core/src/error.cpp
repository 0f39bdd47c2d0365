// SPDX-License-Identifier: MIT
#include "medusa/core/error.h"

#include "medusa/core/deadline.h"

namespace medusa {

std::string_view toString(ErrorType type) {
  switch (type) {
    case ErrorType::NotFound: return "not_found";
    case ErrorType::InvalidData: return "invalid_data";
    case ErrorType::NotAllowed: return "not_allowed";
    case ErrorType::Unauthorized: return "unauthorized";
    case ErrorType::DuplicateError: return "duplicate_error";
    case ErrorType::Conflict: return "conflict";
    case ErrorType::PaymentAuthorizationError: return "payment_authorization_error";
    case ErrorType::PaymentRequiresMoreError: return "payment_requires_more_error";
    case ErrorType::DatabaseError: return "database_error";
    case ErrorType::UnexpectedState: return "unexpected_state";
    case ErrorType::InvalidArgument: return "invalid_argument";
    case ErrorType::UnknownModules: return "unknown_modules";
  }
  return "unknown_error";
}

Error::Error(ErrorType type, std::string message, std::optional<std::string> code)
    : std::runtime_error(message), m_type(type), m_message(std::move(message)),
      m_code(std::move(code)) {}

ErrorResponse toErrorResponse(const Error& error) {
  ErrorResponse r{500, std::string(toString(error.type())), error.message(), error.code()};
  switch (error.type()) {
    case ErrorType::NotFound: r.status = 404; break;
    case ErrorType::InvalidData:
    case ErrorType::NotAllowed: r.status = 400; break;
    case ErrorType::Unauthorized: r.status = 401; break;
    case ErrorType::PaymentAuthorizationError: r.status = 422; break;
    case ErrorType::DuplicateError:
      r.status = 422;
      r.code = "invalid_request_error";
      break;
    case ErrorType::Conflict:
      // Medusa hides the cause and tells the client it may retry.
      r.status = 409;
      r.code = "invalid_state_error";
      r.message =
          "The request conflicted with another request. You may retry the request with the "
          "provided Idempotency-Key.";
      break;
    case ErrorType::DatabaseError:
      r.status = 500;
      r.code = "api_error";
      break;
    case ErrorType::UnexpectedState:
    case ErrorType::InvalidArgument: r.status = 500; break;
    case ErrorType::PaymentRequiresMoreError:
    case ErrorType::UnknownModules: return unknownErrorResponse();
  }
  if (error.code() == kTimeoutCode) {  // ours: a budget ran out; the client may retry
    r.status = 503;
    r.code = std::string(kTimeoutCode);
  }
  return r;
}

ErrorResponse unknownErrorResponse() {
  return {500, "unknown_error", "An unknown error occurred.", "unknown_error"};
}

}  // namespace medusa
