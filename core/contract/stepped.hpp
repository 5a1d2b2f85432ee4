// Requests answered in steps: the kinds whose answer waits on a simulation start here, so that
// run_start (contract.hpp) can run the trials a batch at a time, report progress and stop between
// batches. Such a kind has a start function beside its run function in the kinds table
// (contract.cpp); its run function is finish(start(...)), so both ways give the same answer.
#pragma once
#include <cstddef>
#include <memory>

#include "contract/fields.hpp"

namespace est {

// Trials still to run (montecarlo/simulation.hpp is the one kind). An interface, so that the
// contract names no simulation code: a wasm module whose kinds never simulate links none of it.
class Trials {
 public:
  virtual ~Trials() = default;
  virtual void step(std::size_t trials) = 0;  // runs up to `trials` more
  virtual std::size_t done() const = 0;
  virtual std::size_t total() const = 0;
  virtual json result() const = 0;
  virtual void run() = 0;  // every trial left
};

// A request read, checked and answered as far as it goes without its trials.
struct Started {
  json result;                           // the answer so far (nothing when errors were recorded)
  std::unique_ptr<Trials> simulation{};  // the trials still to run; null: none
  const char* into = nullptr;              // result[into] takes the simulation's result; null: it is the result
};

// The result once the simulation's every trial has run (completed: they have; finish: runs them).
json completed(Started& started);
json finish(Started started);

Started start_simulate(const json& request, Errors& errors);
Started start_plan(const json& request, Errors& errors);

}  // namespace est
