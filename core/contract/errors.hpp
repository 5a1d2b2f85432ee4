// Field errors: every problem of a request is collected, then answered all at once.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "contract/error_codes.hpp"

namespace est {

struct FieldError {
  std::string field;    // the input's path: "followers", "options.1.price_per_post", "request"
  ErrorCode code;       // from the one list, error_codes.hpp
  std::string message;  // one readable sentence
};

class Errors {
 public:
  void add(std::string field, ErrorCode code, std::string message);
  bool empty() const { return list_.empty(); }
  const std::vector<FieldError>& list() const { return list_; }
  nlohmann::json to_json() const;

 private:
  std::vector<FieldError> list_;
};

}  // namespace est
