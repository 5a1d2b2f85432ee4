// Parsing JSON text without exceptions, with the parser's own explanation on failure. One SAX
// handler serves every parse in the core, so the module holds a single parser instantiation.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace est {

// The parsed value, or nullopt with *problem set to a readable sentence.
std::optional<nlohmann::json> parse_json(const std::string& text, std::string* problem);

// nlohmann's messages without their "[json.exception.parse_error.101] " prefix, as a sentence.
std::string readable(const char* what);

}  // namespace est
