#include "contract/errors.hpp"

namespace est {

void Errors::add(std::string field, std::string code, std::string message) {
  list_.push_back({std::move(field), std::move(code), std::move(message)});
}

nlohmann::json Errors::to_json() const {
  auto out = nlohmann::json::array();
  for (const auto& e : list_) out.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
  return out;
}

}  // namespace est
