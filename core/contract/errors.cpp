#include "contract/errors.hpp"

namespace est {

const char* code_name(ErrorCode code) {
  static constexpr const char* kNames[] = {
#define EST_ERROR_CODE_NAME(id, meaning) #id,
      EST_ERROR_CODES(EST_ERROR_CODE_NAME)
#undef EST_ERROR_CODE_NAME
  };
  return kNames[static_cast<int>(code)];
}

void Errors::add(std::string field, ErrorCode code, std::string message) {
  list_.push_back({std::move(field), code, std::move(message)});
}

nlohmann::json Errors::to_json() const {
  auto out = nlohmann::json::array();
  for (const auto& e : list_) out.push_back({{"field", e.field}, {"code", code_name(e.code)}, {"message", e.message}});
  return out;
}

}  // namespace est
