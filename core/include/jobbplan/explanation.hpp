#pragma once
// Every figure the tool shows carries an Explanation: which rule produced it, a sentence (a key into
// the translation catalogues plus its parameters) and the source passage it rests on.
#include <string>
#include <utility>
#include <vector>

namespace jobbplan {

struct SourceRef {
    std::string file;   // seed file name, e.g. "002_aa6df518ac21fec6.txt" (copied to assets/seeds/)
    std::string quote;  // the passage, verbatim, in the seed's own language
    std::string lang;   // "sv" or "da"
};

// Ordered name/value pairs substituted into "{name}" placeholders of a catalogue string.
using Params = std::vector<std::pair<std::string, std::string>>;

struct Explanation {
    std::string rule_id;   // "dk.joblog.weekly_minimum"
    int rule_version = 0;  // the version that applied on the report date
    std::string text_key;  // catalogue key of the sentence
    Params params;
    SourceRef source;
    std::string note_key;  // optional: how an ambiguous passage was read (caseworker's reading)
};

}  // namespace jobbplan
