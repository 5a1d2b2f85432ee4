// The one list of error codes: every `code` an answer can carry, with one line of meaning.
// A new code goes here (and in the README's contract section, which a unit test compares with this
// list, and in web/i18n/ if the page can meet it: tests/node/i18n-codes.test.mjs checks).
// The meanings live only in this macro so the module carries just the names.
#pragma once

namespace est {

#define EST_ERROR_CODES(X)                                                                              \
  X(missing, "a required input is absent")                                                              \
  X(not_a_number, "not a number, or not finite (NaN, Infinity, 1e999)")                                 \
  X(must_be_positive, "must be greater than 0")                                                         \
  X(must_be_non_negative, "must be 0 or more")                                                          \
  X(too_small, "below the smallest value allowed")                                                      \
  X(too_large, "above the largest value allowed")                                                       \
  X(must_be_whole_number, "must be a whole number")                                                     \
  X(not_a_string, "must be text")                                                                       \
  X(not_a_list, "must be a list")                                                                       \
  X(not_an_object, "must be an object")                                                                 \
  X(too_few, "a list with fewer items than needed")                                                     \
  X(too_many, "a list or table with more items than allowed")                                           \
  X(duplicate, "a name or value given twice")                                                           \
  X(inconsistent, "inputs that disagree with each other")                                               \
  X(need_two_of, "needs another input given with it")                                                   \
  X(low_above_high, "a range whose low is above its high")                                              \
  X(outside_range, "a range's typical value outside low..high")                                         \
  X(below_lowest_tier, "followers below the scheme's lowest tier")                                      \
  X(unknown_scheme, "no tier scheme by that id")                                                        \
  X(unknown_platform, "no platform by that id")                                                         \
  X(unknown_format, "no post format (or decimal mark) by that name")                                    \
  X(unknown_currency, "not one of the currencies")                                                      \
  X(unknown_tier, "no tier by that name")                                                               \
  X(unknown_goal, "not one of the kind's goals")                                                        \
  X(no_benchmark, "nothing published fits: give your own figure")                                       \
  X(conflict, "two inputs that exclude each other")                                                     \
  X(not_a_matrix, "overlaps must be a square list of lists")                                            \
  X(unknown_metric, "no metric by that name")                                                           \
  X(empty, "a text or table with nothing in it")                                                        \
  X(too_long, "a text longer than allowed")                                                             \
  X(not_a_boolean, "must be true or false")                                                             \
  X(missing_column, "a pasted table without a needed column")                                           \
  X(invalid_text, "text that is not Unicode (unpaired surrogate, bytes not UTF-8)")                     \
  X(unknown_kind, "no request kind by that name")                                                       \
  X(invalid_json, "the request text is not JSON")                                                       \
  X(internal_error, "a defect: the request could not be evaluated")                                     \
  X(cancelled, "run only: the job was stopped or replaced (made by web/estimator.js)")                  \
  X(ambiguous_number, "a number that can be read two ways (page number reader, roster rows)")           \
  X(ambiguous_list, "page only: a list whose commas could be separators or thousands (web/numbers.js)") \
  X(broken_quote, "roster rows only: a quote that is not closed")

enum class ErrorCode {
#define EST_ERROR_CODE_ENUM(id, meaning) id,
  EST_ERROR_CODES(EST_ERROR_CODE_ENUM)
#undef EST_ERROR_CODE_ENUM
};

// The code as it appears in answers: "must_be_positive".
const char* code_name(ErrorCode code);

}  // namespace est
