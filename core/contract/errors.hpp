// Field errors: every problem of a request is collected, then answered all at once.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace est {

struct FieldError {
  std::string field;    // the input's path: "followers", "options.1.price_per_post", "request"
  std::string code;     // stable snake_case id: "must_be_positive", "missing", ...
  std::string message;  // one readable sentence
};

class Errors {
 public:
  void add(std::string field, std::string code, std::string message);
  bool empty() const { return list_.empty(); }
  nlohmann::json to_json() const;

 private:
  std::vector<FieldError> list_;
};

}  // namespace est
